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

    use article_widget::render::{render_html, RenderOptions};
    use article_widget::{parse, ParseOptions};

    const USAGE: &str = "\
    Usage: article-widget <COMMAND> <FILE|->

    Commands:
      parse   print the parsed article model as JSON
      render  print the widget's static HTML (the markup the widget mounts)

    FILE is a UTF-8 text file; - reads standard input.
    Options:
      -h, --help  show this help
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
        let [command, path] = args else {
            return Err(["expected a command and a file\n\n", USAGE].concat());
        };
        let render = match command.as_str() {
            "parse" => false,
            "render" => true,
            other => return Err(["unknown command '", other, "'\n\n", USAGE].concat()),
        };
        let article = parse(&read_input(path)?, &ParseOptions::default());
        if render {
            return Ok(render_html(&article, &RenderOptions::default()) + "\n");
        }
        serde_json::to_string_pretty(&article)
            .map(|json| json + "\n")
            .map_err(|err| err.to_string())
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
