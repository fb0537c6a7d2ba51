//! The `visit-site` command line: exit codes, messages, and writing nothing on error.

use std::path::{Path, PathBuf};
use std::process::Command;

fn run(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_visit-site"))
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn repo(path: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(path)
        .display()
        .to_string()
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("visit-site-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn check_prints_what_each_dataset_holds() {
    let (code, out, _) = run(&["check", &repo("assets/data/tokayev-unga78-2023.json")]);
    assert_eq!(code, 0);
    assert!(
        out.contains(
            "Tokayev in New York for UNGA 78 (tokayev-unga78-2023): 14 meetings, 1 source"
        ),
        "{out}"
    );
    assert!(
        out.contains("held       12") && out.contains("planned     2"),
        "{out}"
    );
    assert!(out.contains("not-stated     9"), "{out}");
    assert!(out.contains("diplomacy               8"), "{out}");
    assert!(out.contains("United States (US)"), "{out}");
    let (code, out, _) = run(&["check", &repo("tests/fixtures/fictional-visit")]);
    assert_eq!(code, 0);
    assert!(out.contains("11 meetings, 2 sources"), "{out}");
    assert!(out.contains("arctic-research     4"), "{out}");
}

#[test]
fn convert_writes_the_json_and_template_writes_the_folder_back() {
    let dir = scratch("convert");
    let json = dir.join("visit.json.out");
    let (code, out, err) = run(&[
        "convert",
        &repo("tests/fixtures/multi-stop-trip"),
        json.to_str().unwrap(),
    ]);
    assert_eq!((code, err.as_str()), (0, ""), "{out}");
    assert!(out.contains("(10 meetings)"));
    let (code, _, _) = run(&["check", json.to_str().unwrap()]);
    assert_eq!(code, 0, "the converted JSON is a valid dataset");
    let back = dir.join("back");
    let (code, _, _) = run(&["template", json.to_str().unwrap(), back.to_str().unwrap()]);
    assert_eq!(code, 0);
    let original = std::fs::read(repo("tests/fixtures/multi-stop-trip/meetings.csv")).unwrap();
    assert_eq!(std::fs::read(back.join("meetings.csv")).unwrap(), original);
}

#[test]
fn migrating_format_1_gives_the_same_dataset_as_reading_it() {
    use visit_core::format::files::load_path;
    let dir = scratch("migrate");
    for (name, from) in [
        (
            "bundled.json",
            "tests/fixtures/format-1/tokayev-unga78-2023.json",
        ),
        ("fixture", "tests/fixtures/fictional-visit"),
        ("template", "tests/fixtures/format-1/template"),
    ] {
        let to = dir.join(name);
        let (code, out, err) = run(&["migrate", &repo(from), to.to_str().unwrap()]);
        assert_eq!((code, err.as_str()), (0, ""), "{from}: {out}");
        assert!(out.contains("in format 2"), "{out}");
        // Format 1 names no country for its city: migrating says so.
        assert!(
            out.contains("has no country: format 1 named only the city"),
            "{out}"
        );
        let direct = load_path(std::path::Path::new(&repo(from))).unwrap();
        let migrated = load_path(&to).unwrap_or_else(|p| panic!("{from}: {p:#?}"));
        assert_eq!(migrated.1, direct.1, "{from}: the same dataset");
        assert_eq!(migrated.0, direct.0, "{from}: the same file, in format 2");
        let text = if to.is_dir() {
            std::fs::read_to_string(to.join("visit.json")).unwrap()
        } else {
            std::fs::read_to_string(&to).unwrap()
        };
        assert!(
            text.contains("\"format\": 2") && text.contains("\"traveller\""),
            "{from}"
        );
    }
    // The migrated template reads the bundled visit as format 1 wrote it.
    let a = load_path(&dir.join("template")).unwrap().1;
    let b = load_path(&dir.join("bundled.json")).unwrap().1;
    assert_eq!(a, b);
    // A format-2 file migrates to itself.
    let again = dir.join("again.json");
    let (code, out, _) = run(&[
        "migrate",
        &repo("assets/data/tokayev-unga78-2023.json"),
        again.to_str().unwrap(),
    ]);
    assert_eq!(code, 0);
    assert!(!out.contains("note:"), "{out}");
}

#[test]
fn bad_input_lists_every_problem_exits_non_zero_and_writes_nothing() {
    let dir = scratch("bad");
    let folder = dir.join("visit");
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::copy(
        repo("tests/fixtures/fictional-visit/visit.json"),
        folder.join("visit.json"),
    )
    .unwrap();
    let csv = std::fs::read_to_string(repo("tests/fixtures/fictional-visit/meetings.csv"))
        .unwrap()
        .replacen(",held,2031-05-04,", ",hold,2031-05-04,", 1)
        .replacen(",business,TR,", ",business,Turkey,", 1);
    std::fs::write(folder.join("meetings.csv"), csv).unwrap();
    let json = dir.join("out.json");
    let (code, out, err) = run(&["convert", folder.to_str().unwrap(), json.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert_eq!(out, "");
    assert!(err.contains("the dataset has 2 problems"), "{err}");
    assert!(
        err.contains("meetings.csv, line 2, column 2 (status): unknown status \"hold\""),
        "{err}"
    );
    assert!(
        err.contains("column 10 (country): unknown country \"Turkey\""),
        "{err}"
    );
    assert!(!json.exists(), "nothing is written");
    assert_eq!(
        std::fs::read_dir(&dir).unwrap().count(),
        1,
        "no partial file either"
    );
    let (code, _, _) = run(&["check", folder.to_str().unwrap()]);
    assert_eq!(code, 1);
}

#[test]
fn usage_mistakes_exit_with_2_and_say_how() {
    let (code, _, err) = run(&["chekc", "x"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("unknown command") && err.contains("usage:"),
        "{err}"
    );
    let (code, out, _) = run(&["--help"]);
    assert_eq!(code, 0);
    assert!(out.contains("visit-site convert FOLDER OUT.json"));
    let (code, _, err) = run(&["check", "/no/such/dataset.json"]);
    assert_eq!(code, 1);
    assert!(err.contains("/no/such/dataset.json: no such file"), "{err}");
}
