//! Checks the dataset against the source article, when the article is present.
//!
//! `build.rs` enables these tests only where `../shared/source/article.txt`
//! (or `$SOURCE_ARTICLE`) exists; elsewhere cargo reports them as ignored.

use visit_core::filter::search::fold;

mod common;
use common::bundled;

/// The article's paragraphs, numbered from 1 (index 0 is paragraph 1).
#[allow(dead_code)]
fn paragraphs() -> Vec<String> {
    let path = env!("SOURCE_ARTICLE_PATH");
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    let mut out: Vec<String> = text
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_owned)
        .collect();
    // The first paragraph opens with the publication date, e.g. "date 2023-09-19".
    if let Some(first) = out.first_mut() {
        if let Some(rest) = first.strip_prefix("date ") {
            *first = rest
                .split_once(' ')
                .map_or("", |(_, text)| text)
                .to_string();
        }
    }
    out
}

/// The paragraphs a meeting cites (the bundled visit has one source).
#[allow(dead_code)]
fn cited_paragraphs(m: &visit_core::domain::Meeting) -> Vec<u32> {
    m.cites
        .iter()
        .flat_map(|c| c.paragraphs.iter().copied())
        .collect()
}

#[allow(dead_code)]
fn words(s: &str) -> Vec<String> {
    fold(s)
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '$'))
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

#[test]
#[cfg_attr(not(has_source_article), ignore = "source article absent")]
fn paragraph_count_matches_the_dataset() {
    assert_eq!(paragraphs().len() as u32, bundled().sources[0].paragraphs);
}

#[test]
#[cfg_attr(not(has_source_article), ignore = "source article absent")]
fn publication_date_matches_the_article() {
    let text = std::fs::read_to_string(env!("SOURCE_ARTICLE_PATH")).unwrap();
    let stamp = format!("date {}", bundled().sources[0].published);
    assert!(
        text.trim_start().starts_with(&stamp),
        "article does not open with {stamp:?}"
    );
}

#[test]
#[cfg_attr(not(has_source_article), ignore = "source article absent")]
fn every_counterpart_surname_is_in_a_cited_paragraph() {
    let paras = paragraphs();
    for m in &bundled().meetings {
        let surname = m.counterpart.name.split_whitespace().last().unwrap();
        let found = m.cites[0]
            .paragraphs
            .iter()
            .any(|&p| paras[p as usize - 1].contains(surname));
        assert!(
            found,
            "{}: \"{surname}\" is in none of paragraphs {:?}",
            m.id,
            cited_paragraphs(m)
        );
    }
}

#[test]
#[cfg_attr(not(has_source_article), ignore = "source article absent")]
fn no_summary_copies_eight_words_from_the_article() {
    const RUN: usize = 8;
    let article: Vec<String> = paragraphs().iter().flat_map(|p| words(p)).collect();
    let runs: std::collections::HashSet<&[String]> = article.windows(RUN).collect();
    for m in &bundled().meetings {
        let w = words(&m.summary);
        for run in w.windows(RUN) {
            assert!(
                !runs.contains(run),
                "{}: summary copies \"{}\"",
                m.id,
                run.join(" ")
            );
        }
    }
}

#[test]
#[cfg_attr(not(has_source_article), ignore = "source article absent")]
fn stated_dates_appear_in_a_cited_paragraph() {
    let paras = paragraphs();
    for m in bundled()
        .meetings
        .iter()
        .filter(|m| m.date_basis == visit_core::domain::DateBasis::Stated)
    {
        let d = m.date.unwrap();
        let needle = format!("{} {}", d.month_name(), d.day);
        let cited: String = m.cites[0]
            .paragraphs
            .iter()
            .map(|&p| paras[p as usize - 1].as_str())
            .collect();
        let earlier: String = paras[..cited_paragraphs(m)[0] as usize].concat();
        assert!(
            cited.contains(&needle) || (cited.contains("same day") && earlier.contains(&needle)),
            "{}: {needle} is not stated in its cited paragraphs",
            m.id
        );
    }
}
