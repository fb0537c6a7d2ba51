//! The JSON Schema of format 2, `schema/dataset.schema.json`, stays in step with
//! the Rust types: the same fields at every level, the same required ones, the
//! same closed lists, and it accepts and rejects what Rust does. The schema of
//! format 1, `schema/dataset-1.schema.json`, still describes format-1 files.

use serde_json::{json, Value};
use visit_core::domain::{DateBasis, Kind, Mode, Status};
use visit_core::format::files::load_folder;
use visit_core::format::{DatasetFile, FORMAT};

mod common;
use common::{repo, BUNDLED};

const SCHEMA: &str = include_str!("../schema/dataset.schema.json");
const SCHEMA_1: &str = include_str!("../schema/dataset-1.schema.json");

fn schema() -> Value {
    serde_json::from_str(SCHEMA).unwrap()
}

fn validator() -> jsonschema::Validator {
    jsonschema::validator_for(&schema()).unwrap()
}

/// The bundled dataset with every optional field filled in.
fn full() -> Value {
    let mut v: Value = serde_json::from_str(BUNDLED).unwrap();
    v["visit"]["to"] = json!("2023-09-20");
    v["visit"]["languages"] = json!(["en", "ru"]);
    v["visit"]["default_language"] = json!("en");
    v["visit"]["stops"][0]["to"] = json!("2023-09-20");
    v["visit"]["stops"][0]["timezone"] = json!("America/New_York");
    v["sources"][0]["title"] = json!("A headline");
    v["sources"][0]["url"] = json!("https://example.org/a");
    v["meetings"][0]["stop"] = json!("new-york");
    v["meetings"][0]["mode"] = json!("call");
    v["meetings"][0]["announced"] = json!({"source": "kazinform-2023-09-19", "paragraphs": [1]});
    v
}

fn rust_accepts(v: &Value) -> bool {
    visit_core::format::files::parse_json(&v.to_string(), "dataset.json").is_ok()
}

/// Follows a local `$ref` ("#/$defs/x").
fn resolve<'a>(root: &'a Value, node: &'a Value) -> &'a Value {
    match node.get("$ref").and_then(Value::as_str) {
        Some(r) => resolve(root, root.pointer(r.trim_start_matches('#')).unwrap()),
        None => node,
    }
}

/// Walks the example and the schema together, checking every object's fields.
fn walk(
    root: &Value,
    schema: &Value,
    example: &Value,
    doc: &Value,
    pointer: &str,
    checked: &mut usize,
) {
    let schema = resolve(root, schema);
    match example {
        // A text in several languages: the schema's other form of a text.
        Value::Object(map) if schema.get("anyOf").is_some() => {
            assert!(
                map.keys().all(|k| visit_core::format::is_language_code(k)),
                "{pointer}: a translated text maps language codes to texts"
            );
        }
        Value::Object(map) => {
            let props = schema["properties"]
                .as_object()
                .unwrap_or_else(|| panic!("{pointer}: no properties in the schema"));
            let mut in_schema: Vec<&String> = props.keys().collect();
            let mut in_rust: Vec<&String> = map.keys().collect();
            in_schema.sort();
            in_rust.sort();
            assert_eq!(
                in_schema, in_rust,
                "{pointer}: the schema's fields differ from Rust's"
            );
            assert_eq!(
                schema["additionalProperties"],
                json!(false),
                "{pointer}: unknown fields must be refused, as Rust does"
            );
            let mut required: Vec<&str> = schema["required"]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_str().unwrap())
                .collect();
            required.sort();
            // A field is required in Rust if the document without it does not parse.
            let mut rust_required = Vec::new();
            for key in map.keys() {
                let mut without = doc.clone();
                without
                    .pointer_mut(pointer)
                    .unwrap()
                    .as_object_mut()
                    .unwrap()
                    .remove(key);
                if !rust_accepts(&without) {
                    rust_required.push(key.as_str());
                }
            }
            rust_required.sort();
            // `format` is optional to serde so that its absence gets a clear message;
            // validation then requires it, as the schema does.
            if pointer.is_empty() {
                rust_required.push("format");
                rust_required.sort();
            }
            assert_eq!(required, rust_required, "{pointer}: required fields differ");
            *checked += 1;
            for (k, v) in map {
                walk(root, &props[k], v, doc, &format!("{pointer}/{k}"), checked);
            }
        }
        Value::Array(items) => {
            if let Some(first) = items.first() {
                walk(
                    root,
                    &schema["items"],
                    first,
                    doc,
                    &format!("{pointer}/0"),
                    checked,
                );
            }
        }
        _ => {}
    }
}

#[test]
fn the_schema_has_the_same_fields_and_required_fields_as_the_rust_types() {
    let root = schema();
    let example = full();
    assert!(rust_accepts(&example));
    let mut checked = 0;
    walk(&root, &root, &example, &example, "", &mut checked);
    // dataset, visit, traveller, stop, source, sector, meeting, counterpart, figure,
    // citation (cited), citation (announced)
    assert_eq!(checked, 11);
}

#[test]
fn the_schema_has_the_same_closed_lists() {
    let s = schema();
    let list = |ptr: &str| -> Vec<String> {
        s.pointer(ptr)
            .unwrap()
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().to_string())
            .collect()
    };
    let slugs = |xs: Vec<&str>| xs.into_iter().map(String::from).collect::<Vec<_>>();
    assert_eq!(
        list("/$defs/meeting/properties/status/enum"),
        slugs(Status::ALL.iter().map(|s| s.slug()).collect())
    );
    assert_eq!(
        list("/$defs/meeting/properties/kind/enum"),
        slugs(Kind::ALL.iter().map(|k| k.slug()).collect())
    );
    assert_eq!(
        list("/$defs/meeting/properties/date_basis/enum"),
        slugs(DateBasis::ALL.iter().map(|b| b.slug()).collect())
    );
    assert_eq!(
        list("/$defs/meeting/properties/mode/enum"),
        slugs(Mode::ALL.iter().map(|m| m.slug()).collect())
    );
    assert_eq!(s["properties"]["format"]["const"], json!(FORMAT));
    assert_eq!(
        s["properties"]["sectors"]["maxItems"],
        json!(visit_core::domain::MAX_SECTORS)
    );
}

#[test]
fn the_schema_accepts_the_datasets_the_app_accepts() {
    let v = validator();
    for (name, doc) in [
        ("bundled", serde_json::from_str::<Value>(BUNDLED).unwrap()),
        ("full", full()),
        (
            "fixture",
            serde_json::to_value(load_folder(&common::fixture_dir()).unwrap().0).unwrap(),
        ),
    ] {
        let errors: Vec<String> = v
            .iter_errors(&doc)
            .map(|e| format!("{} at {}", e, e.instance_path))
            .collect();
        assert!(errors.is_empty(), "{name}: {errors:#?}");
    }
}

/// A change that makes a dataset invalid.
type Change = Box<dyn Fn(&mut Value)>;

#[test]
fn the_schema_rejects_what_the_app_rejects() {
    let v = validator();
    let cases: Vec<(&str, Change)> = vec![
        (
            "unknown field",
            Box::new(|d| d["meetings"][0]["sumary"] = json!("x")),
        ),
        (
            "missing summary",
            Box::new(|d| {
                d["meetings"][0].as_object_mut().unwrap().remove("summary");
            }),
        ),
        (
            "missing format",
            Box::new(|d| {
                d.as_object_mut().unwrap().remove("format");
            }),
        ),
        ("format 3", Box::new(|d| d["format"] = json!(3))),
        (
            "status",
            Box::new(|d| d["meetings"][0]["status"] = json!("cancelled")),
        ),
        (
            "kind",
            Box::new(|d| d["meetings"][0]["kind"] = json!("celebrity")),
        ),
        (
            "date basis",
            Box::new(|d| d["meetings"][0]["date_basis"] = json!("guessed")),
        ),
        (
            "id",
            Box::new(|d| d["meetings"][0]["id"] = json!("Wab tec")),
        ),
        (
            "date",
            Box::new(|d| d["meetings"][0]["date"] = json!("17/09/2023")),
        ),
        (
            "country",
            Box::new(|d| d["meetings"][0]["countries"] = json!(["usa"])),
        ),
        (
            "no country",
            Box::new(|d| d["meetings"][0]["countries"] = json!([])),
        ),
        (
            "mode",
            Box::new(|d| d["meetings"][0]["mode"] = json!("telegram")),
        ),
        ("no stops", Box::new(|d| d["visit"]["stops"] = json!([]))),
        (
            "stop id",
            Box::new(|d| d["visit"]["stops"][0]["id"] = json!("New York")),
        ),
        (
            "published",
            Box::new(|d| d["sources"][0]["published"] = json!("2023-09-19 08:00")),
        ),
        (
            "no sectors",
            Box::new(|d| d["meetings"][0]["sectors"] = json!([])),
        ),
        (
            "list separator",
            Box::new(|d| d["meetings"][0]["topics"][0] = json!("a | b")),
        ),
        (
            "figure separator",
            Box::new(|d| d["meetings"][0]["figures"][0]["value"] = json!("about: $1")),
        ),
        (
            "no citation",
            Box::new(|d| d["meetings"][0]["cites"] = json!([])),
        ),
        (
            "paragraph 0",
            Box::new(|d| d["meetings"][0]["cites"][0]["paragraphs"] = json!([0])),
        ),
        (
            "source url",
            Box::new(|d| d["sources"][0]["url"] = json!("kazinform.kz")),
        ),
        (
            "empty name",
            Box::new(|d| d["meetings"][0]["counterpart"]["name"] = json!(" ")),
        ),
    ];
    for (name, change) in cases {
        let mut doc = full();
        change(&mut doc);
        assert!(!v.is_valid(&doc), "the schema accepts: {name}");
        let rust = serde_json::from_value::<DatasetFile>(doc)
            .ok()
            .map(|f| visit_core::format::validate::validate(&f).is_ok());
        assert_ne!(rust, Some(true), "Rust accepts: {name}");
    }
}

#[test]
fn the_format_1_schema_still_describes_format_1_files() {
    let schema: Value = serde_json::from_str(SCHEMA_1).unwrap();
    assert_eq!(schema["properties"]["format"]["const"], json!(1));
    let v = jsonschema::validator_for(&schema).unwrap();
    let old: Value = serde_json::from_str(
        &std::fs::read_to_string(repo("tests/fixtures/format-1/tokayev-unga78-2023.json")).unwrap(),
    )
    .unwrap();
    let errors: Vec<String> = v
        .iter_errors(&old)
        .map(|e| format!("{e} at {}", e.instance_path))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    // And it refuses a format-2 file.
    assert!(!v.is_valid(&serde_json::from_str::<Value>(BUNDLED).unwrap()));
}
