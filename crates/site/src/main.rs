//! `visit-site`: checks and converts Visit Explorer datasets, and prerenders the site.

use std::path::PathBuf;
use std::process::ExitCode;

use visit_site::prerender::{prerender, Pages};
use visit_site::{dataset, Failure};

const USAGE: &str = "usage:
  visit-site check PATH              validate a dataset (a JSON file, or a folder with visit.json
                                     and meetings.csv) and print what it holds
  visit-site convert FOLDER OUT.json convert a spreadsheet folder to the dataset's JSON;
                                     on any problem, list them all and write nothing
  visit-site template PATH FOLDER    write a dataset's spreadsheet form (visit.json, meetings.csv)
  visit-site prerender DIST [--explorer-only]
                                     write every page of the dataset the app was built with
                                     into Trunk's output DIST; SITE_BASE is the site's address";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = |i: usize| args.get(i).map(PathBuf::from);
    let outcome = match (args.first().map(String::as_str), path(1), path(2)) {
        (Some("check"), Some(p), None) => dataset::check(&p).map(|summary| {
            println!("{} is valid.\n\n{summary}", p.display());
        }),
        (Some("convert"), Some(from), Some(to)) => dataset::convert(&from, &to).map(|n| {
            println!("wrote {} ({n} meetings)", to.display());
        }),
        (Some("template"), Some(from), Some(to)) => dataset::template(&from, &to).map(|n| {
            println!(
                "wrote {} with visit.json and meetings.csv ({n} meetings)",
                to.display()
            );
        }),
        (Some("prerender"), Some(dist), rest) => {
            let pages = match rest.as_ref().and_then(|r| r.to_str()) {
                None => Pages::All,
                Some("--explorer-only") => Pages::ExplorerOnly,
                Some(other) => return usage(&format!("unknown option {other}")),
            };
            let base =
                std::env::var("SITE_BASE").unwrap_or_else(|_| "http://127.0.0.1:8080/".into());
            prerender(&dist, &base, pages).map(|n| {
                println!(
                    "prerender: wrote {n} pages into {} for {base}",
                    dist.display()
                );
            })
        }
        (None, ..) | (Some("help" | "--help" | "-h"), ..) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        (Some(command), ..) => return usage(&format!("unknown command or arguments: {command}")),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            eprint!("visit-site: {failure}");
            ExitCode::from(match failure {
                Failure::Invalid(_) => 1,
                Failure::Io(_) => 3,
            })
        }
    }
}

fn usage(problem: &str) -> ExitCode {
    eprintln!("visit-site: {problem}\n{USAGE}");
    ExitCode::from(2)
}
