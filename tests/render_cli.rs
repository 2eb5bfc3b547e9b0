//! The `article-widget` CLI: output on success, exit status 1 and a message
//! on stderr for every kind of failure.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::process::{Command, Output, Stdio};

const SEED: &str = "tests/fixtures/ru-lavrov-aleppo.txt";
const TITLE: &str = "Лавров: В Алеппо уже во вторник может наступить перемирие";

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_article-widget"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

#[test]
fn parse_prints_the_model_as_pretty_json() {
    let output = run(&["parse", SEED], b"");
    assert!(output.status.success(), "{}", stderr(&output));
    let json = stdout(&output);
    assert!(json.starts_with("{\n  \"title\": "));
    assert!(json.contains(&["\"title\": \"", TITLE, "\""].concat()));
    assert!(json.contains("\"speakerResolved\": \"Сергей Лавров\""));
}

#[test]
fn render_prints_the_widget_markup_from_a_file_or_stdin() {
    let from_file = run(&["render", SEED], b"");
    assert!(from_file.status.success(), "{}", stderr(&from_file));
    let html = stdout(&from_file);
    assert!(html.contains("<article part=\"article\" lang=\"ru\""));
    assert!(html.contains(&["id=\"aw-title\">", TITLE, "</h2>"].concat()));
    assert_eq!(html.matches("<figure part=\"quote\"").count(), 5);

    let text = std::fs::read(SEED).unwrap();
    let from_stdin = run(&["render", "-"], &text);
    assert_eq!(stdout(&from_stdin), html);
}

#[test]
fn failures_exit_1_with_a_message() {
    let cases: [(&[&str], &[u8], &str); 5] = [
        (
            &["parse", "tests/fixtures/no-such-file.txt"],
            b"",
            "cannot read",
        ),
        (
            &["render", "-"],
            b"\xff\xfe not utf-8",
            "standard input is not UTF-8",
        ),
        (&["frobnicate", SEED], b"", "unknown command 'frobnicate'"),
        (&["parse"], b"", "Usage:"),
        (&[], b"", "Usage:"),
    ];
    for (args, stdin, message) in cases {
        let output = run(args, stdin);
        assert_eq!(output.status.code(), Some(1), "{args:?}");
        assert!(stdout(&output).is_empty(), "{args:?}");
        assert!(
            stderr(&output).contains(message),
            "{args:?}: {}",
            stderr(&output)
        );
    }
}

#[test]
fn help_goes_to_stdout_and_succeeds() {
    let output = run(&["--help"], b"");
    assert!(output.status.success());
    assert!(stdout(&output).starts_with("Usage: article-widget <COMMAND> <FILE|->"));
    assert!(stdout(&output).contains("\nCommands:\n  parse"));
}
