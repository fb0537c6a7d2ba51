//! `visit-site`: checks and converts Visit Explorer datasets, and prerenders the site.

use std::path::PathBuf;
use std::process::ExitCode;

use visit_site::prerender::{prerender, Pages};
use visit_site::{dataset, Failure};

const USAGE: &str = "usage:
  visit-site check PATH              validate a dataset (a JSON file, or a folder with visit.json
                                     and meetings.csv; format 1 or 2) and print what it holds
  visit-site convert FOLDER OUT.json convert a spreadsheet folder to the dataset's JSON;
                                     on any problem, list them all and write nothing
  visit-site migrate IN OUT          write the format-2 form of a dataset: a JSON file as JSON,
                                     a spreadsheet folder as a folder; nothing on any problem
  visit-site template PATH FOLDER    write a dataset's spreadsheet form (visit.json, meetings.csv)
  visit-site synthetic N OUT.json    write a generated archive of N meetings (the benchmark's)
  visit-site prerender DIST [--dataset PATH] [--explorer-only]
                                     write the dataset's pack, map and every page into Trunk's
                                     output DIST; SITE_BASE is the site's address; PATH defaults
                                     to the bundled visit";

/// The bundled visit, from the repository's root.
const BUNDLED: &str = "assets/data/tokayev-unga78-2023.json";

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
        (Some("migrate"), Some(from), Some(to)) => dataset::migrate(&from, &to).map(|notes| {
            println!("wrote {}, in format 2", to.display());
            for note in notes {
                println!("  note: {note}");
            }
        }),
        (Some("template"), Some(from), Some(to)) => dataset::template(&from, &to).map(|n| {
            println!(
                "wrote {} with visit.json and meetings.csv ({n} meetings)",
                to.display()
            );
        }),
        (Some("synthetic"), Some(n), Some(to)) => match n.to_str().and_then(|n| n.parse().ok()) {
            Some(n) => dataset::synthetic(n, &to)
                .map(|()| println!("wrote {} ({n} meetings)", to.display())),
            None => return usage("synthetic takes a number of meetings"),
        },
        (Some("prerender"), Some(dist), _) => {
            let mut pages = Pages::All;
            let mut from = PathBuf::from(BUNDLED);
            let mut rest = args[2..].iter();
            while let Some(option) = rest.next() {
                match (option.as_str(), rest.next()) {
                    ("--explorer-only", next) => {
                        pages = Pages::ExplorerOnly;
                        if let Some(p) = next {
                            return usage(&format!("unexpected {p}"));
                        }
                    }
                    ("--dataset", Some(p)) if !p.trim().is_empty() => from = PathBuf::from(p),
                    ("--dataset", _) => {}
                    (other, _) => return usage(&format!("unknown option {other}")),
                }
            }
            let base =
                std::env::var("SITE_BASE").unwrap_or_else(|_| "http://127.0.0.1:8080/".into());
            prerender(&dist, &base, pages, &from).map(|n| {
                println!(
                    "prerender: wrote {n} pages of {} into {} for {base}",
                    from.display(),
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
