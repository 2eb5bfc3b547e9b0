//! `article-widget parse|render FILE|-`: the model as JSON, or the widget's
//! static HTML, from an article text file or stdin.

// The CLI is a native tool; the wasm build of the crate is the library.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::io::{Read, Write};
    use std::process::ExitCode;

    use article_widget::render::{render_server_html, RenderOptions, ServerOptions};
    use article_widget::{parse, ParseOptions};

    const USAGE: &str = "\
Usage: article-widget <COMMAND> <FILE|-> [OPTIONS]

Commands:
  parse   print the parsed article model as JSON
  render  print the server-side HTML: an <article-widget> element with the
          widget's markup in a declarative shadow root, then the article's
          schema.org NewsArticle JSON-LD

FILE is a UTF-8 text file; - reads standard input.
Options:
  --stylesheet URL  link article-widget.css from URL (CSP-friendly)
                    instead of inlining the styles (render only)
  --src URL         the article text's URL, for <article-widget src>
                    to take over the rendered markup (render only)
  -h, --help        show this help
";

    pub fn main() -> ExitCode {
        let args: Vec<String> = std::env::args().skip(1).collect();
        if args.iter().any(|a| a == "-h" || a == "--help") {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        match run(&args) {
            Ok(output) => {
                let mut stdout = std::io::stdout().lock();
                match stdout
                    .write_all(output.as_bytes())
                    .and_then(|()| stdout.flush())
                {
                    Ok(()) => ExitCode::SUCCESS,
                    Err(err) => fail(&["cannot write output: ", &err.to_string()].concat()),
                }
            }
            Err(message) => fail(&message),
        }
    }

    fn fail(message: &str) -> ExitCode {
        eprintln!("article-widget: {message}");
        ExitCode::FAILURE
    }

    fn run(args: &[String]) -> Result<String, String> {
        let [command, path, flags @ ..] = args else {
            return Err(["expected a command and a file\n\n", USAGE].concat());
        };
        let render = match command.as_str() {
            "parse" => false,
            "render" => true,
            other => return Err(["unknown command '", other, "'\n\n", USAGE].concat()),
        };
        let server = server_options(flags)?;
        if !render && server != ServerOptions::default() {
            return Err("--src and --stylesheet apply to render only".into());
        }
        let text = read_input(path)?;
        let article = parse(&text, &ParseOptions::default());
        if render {
            let html = render_server_html(&article, &RenderOptions::default(), &server);
            return Ok(html + "\n");
        }
        serde_json::to_string_pretty(&article)
            .map(|json| json + "\n")
            .map_err(|err| err.to_string())
    }

    /// `--stylesheet URL` and `--src URL`, each at most once.
    fn server_options(flags: &[String]) -> Result<ServerOptions, String> {
        let mut server = ServerOptions::default();
        let mut rest = flags.iter();
        while let Some(flag) = rest.next() {
            let slot = match flag.as_str() {
                "--stylesheet" => &mut server.stylesheet,
                "--src" => &mut server.src,
                other => return Err(["unknown option '", other, "'\n\n", USAGE].concat()),
            };
            let value = rest
                .next()
                .ok_or_else(|| [flag.as_str(), " needs a URL"].concat())?;
            if slot.replace(value.clone()).is_some() {
                return Err([flag.as_str(), " given twice"].concat());
            }
        }
        Ok(server)
    }

    fn read_input(path: &str) -> Result<String, String> {
        let mut bytes = Vec::new();
        let read = if path == "-" {
            std::io::stdin().read_to_end(&mut bytes).map(drop)
        } else {
            std::fs::read(path).map(|b| bytes = b)
        };
        read.map_err(|err| ["cannot read ", path, ": ", &err.to_string()].concat())?;
        let name = if path == "-" { "standard input" } else { path };
        String::from_utf8(bytes).map_err(|_| [name, " is not UTF-8 text"].concat())
    }
}
