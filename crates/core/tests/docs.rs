//! The format reference cannot drift from the schema: the field tables of
//! `docs/format.md` are generated from `crates/core/schema/dataset.schema.json`,
//! and this test fails when they differ. `UPDATE_DOCS=1` rewrites them.

use serde_json::{Map, Value};

mod common;
use common::repo;

const BEGIN: &str = "<!-- fields:";
const END: &str = "<!-- /fields -->";

/// The schema node `node` stands for, with `$ref` followed into `$defs`, and the
/// description of the referring node kept where it has one.
fn resolve<'a>(node: &'a Value, defs: &'a Map<String, Value>) -> (&'a Value, Option<&'a str>) {
    let own = node.get("description").and_then(Value::as_str);
    match node.get("$ref").and_then(Value::as_str) {
        Some(r) => {
            let name = r.trim_start_matches("#/$defs/");
            let target = &defs[name];
            (
                target,
                own.or(target.get("description").and_then(Value::as_str)),
            )
        }
        None => (node, own),
    }
}

/// What a value is, in a few words: `text`, `list of text`, one of the values.
fn kind(node: &Value, defs: &Map<String, Value>) -> String {
    let (node, _) = resolve(node, defs);
    if let Some(c) = node.get("const") {
        return format!("`{c}`");
    }
    if let Some(values) = node.get("enum").and_then(Value::as_array) {
        let values: Vec<String> = values
            .iter()
            .map(|v| format!("`{}`", v.as_str().unwrap_or_default()))
            .collect();
        return format!("one of {}", values.join(", "));
    }
    // A text that may be given in several languages.
    if let Some(Value::Array(options)) = node.get("anyOf") {
        let words: Vec<String> = options.iter().map(|o| kind(o, defs)).collect();
        return words.join(", or ");
    }
    if node.get("propertyNames").is_some() {
        return "map of language code to text".to_string();
    }
    let types: Vec<&str> = match node.get("type") {
        Some(Value::String(t)) => vec![t.as_str()],
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
        _ => vec![],
    };
    let words: Vec<String> = types
        .iter()
        .map(|t| match *t {
            "string"
                if node.get("pattern").and_then(Value::as_str)
                    == Some("^[0-9]{4}-[0-9]{2}-[0-9]{2}$") =>
            {
                "date (YYYY-MM-DD)".to_string()
            }
            "string" => "text".to_string(),
            "integer" => "whole number".to_string(),
            "number" => "number".to_string(),
            "object" => "object".to_string(),
            "null" => "null".to_string(),
            "array" => format!(
                "list of {}",
                node.get("items").map(|i| kind(i, defs)).unwrap_or_default()
            ),
            other => other.to_string(),
        })
        .collect();
    words.join(" or ")
}

/// One table row per field below `node`, depth first, in the schema's order.
fn rows(
    node: &Value,
    path: &str,
    required: bool,
    defs: &Map<String, Value>,
    out: &mut Vec<String>,
) {
    let (target, description) = resolve(node, defs);
    if !path.is_empty() {
        out.push(format!(
            "| `{path}` | {} | {} | {} |",
            kind(node, defs),
            if required { "yes" } else { "no" },
            description.unwrap_or("").replace('|', "\\|")
        ));
    }
    let needed: Vec<&str> = target
        .get("required")
        .and_then(Value::as_array)
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    if let Some(props) = target.get("properties").and_then(Value::as_object) {
        for (name, child) in props {
            let child_path = if path.is_empty() {
                name.clone()
            } else {
                format!("{path}.{name}")
            };
            rows(
                child,
                &child_path,
                needed.contains(&name.as_str()),
                defs,
                out,
            );
        }
    }
    if let Some(items) = target.get("items") {
        let (item, _) = resolve(items, defs);
        if item.get("properties").is_some() {
            rows_of_items(items, &format!("{path}[]"), defs, out);
        }
    }
}

/// The fields of a list's items, as `list[].field`.
fn rows_of_items(items: &Value, path: &str, defs: &Map<String, Value>, out: &mut Vec<String>) {
    let (item, _) = resolve(items, defs);
    let needed: Vec<&str> = item
        .get("required")
        .and_then(Value::as_array)
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    for (name, child) in item["properties"].as_object().unwrap() {
        rows(
            child,
            &format!("{path}.{name}"),
            needed.contains(&name.as_str()),
            defs,
            out,
        );
    }
}

/// The generated section: one table of every field.
fn tables() -> String {
    let text = std::fs::read_to_string(repo("crates/core/schema/dataset.schema.json")).unwrap();
    let schema: Value = serde_json::from_str(&text).unwrap();
    let defs = schema["$defs"].as_object().unwrap();
    let mut out = vec![
        "| Field | Holds | Required | What it is |".to_string(),
        "|---|---|---|---|".to_string(),
    ];
    rows(&schema, "", true, defs, &mut out);
    out.join("\n") + "\n"
}

#[test]
fn the_format_reference_holds_every_field_of_the_schema() {
    let path = repo("docs/format.md");
    let doc = std::fs::read_to_string(&path).expect("docs/format.md exists");
    let begin = doc
        .find(BEGIN)
        .expect("docs/format.md has a fields section");
    let start = begin + doc[begin..].find("-->").unwrap() + 3;
    let end = doc.find(END).expect("the fields section ends");
    let want = format!("\n{}", tables());
    if std::env::var_os("UPDATE_DOCS").is_some() {
        let updated = format!("{}{want}{}", &doc[..start], &doc[end..]);
        std::fs::write(&path, updated).unwrap();
        return;
    }
    assert!(
        doc[start..end] == want,
        "docs/format.md's field tables differ from the schema: run `UPDATE_DOCS=1 cargo test -p visit-core --test docs`"
    );
    // And every field the schema has is there (a guard on the generator itself).
    for field in [
        "visit.traveller.country",
        "visit.stops[].timezone",
        "meetings[].countries",
        "meetings[].mode",
        "meetings[].announced",
        "sources[].published",
    ] {
        assert!(
            want.contains(&format!("| `{field}` |")),
            "{field} is missing"
        );
    }
}
