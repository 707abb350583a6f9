//! The clause register (`catalogs/clauses`) and the check the built-in catalogs are held
//! to: a citation of a binding text names a register entry, binding the catalog's party
//! for an item that is not guidance; a red line says which sentence makes it decisive.
//! Loaded catalogs are not held to it.

use selfcheck_core::catalog::validate::{check_register, check_register_with, Issue};
use selfcheck_core::catalog::{builtin, loaded, parse_catalog, Catalog, Item, Reference, CATALOG_FORMAT_VERSION};
use selfcheck_core::clauses::{self, ClauseRegister, Party};
use selfcheck_core::messages::Describe;
use selfcheck_core::{sources, Lang, Localized};

/// Three Measures clauses: one the provider is assessed on, one on the authorities, one
/// that makes an item decisive.
const REGISTER: &str = r#"{
  "source": "measures-2019",
  "clauses": [
    {
      "clause": { "zh": "第三条第（二）项", "en": "Art. 3(2)" },
      "binds": ["provider", "assessors"],
      "summary": { "zh": "评估关注人员的背景与稳定性。", "en": "The assessment looks at staff background and stability." }
    },
    {
      "clause": { "zh": "第十三条", "en": "Art. 13" },
      "binds": ["authorities", "assessors"],
      "summary": { "zh": "评估后持续监督。", "en": "Oversight continues after the assessment." }
    },
    {
      "clause": { "zh": "第十五条", "en": "Art. 15" },
      "binds": ["provider"],
      "summary": { "zh": "材料须真实完整。", "en": "Materials must be true and complete." }
    }
  ]
}"#;

/// A provider catalog that meets the register: a section and an item citing Art. 3(2),
/// and a guidance item citing the standard it rests on.
const CATALOG: &str = r#"{
  "format": "cloud-selfcheck-catalog", "format_version": 3, "id": "t", "audience": "provider", "version": "1", "date": "2026-01-01",
  "title": {"zh": "测试", "en": "Test"}, "description": {"zh": "测试", "en": "Test"},
  "sections": [{
    "id": "T-01", "title": {"zh": "一", "en": "One"},
    "reference": {"source": "measures-2019", "clause": {"zh": "第三条第（二）项", "en": "Art. 3(2)"}},
    "items": [{
      "id": "T-01-Q1", "kind": "compliance", "title": {"zh": "题", "en": "Item"},
      "question": {"zh": "是否？", "en": "Is it?"},
      "reference": {"source": "measures-2019", "clause": {"zh": "第三条第（二）项", "en": "Art. 3(2)"}},
      "weight": 3, "gating": false, "guidance": false, "evidence": {"zh": "文件", "en": "Document"}
    }, {
      "id": "T-01-Q2", "kind": "compliance", "title": {"zh": "题二", "en": "Item two"},
      "question": {"zh": "是否？", "en": "Is it?"},
      "reference": {"source": "gbt-31168", "clause": {"zh": "安全组织与人员", "en": "Security organisation and personnel"}},
      "weight": 2, "gating": false, "guidance": true, "evidence": {"zh": "文件", "en": "Document"}
    }]
  }]
}"#;

fn registers() -> Vec<ClauseRegister> {
    vec![clauses::parse_register(REGISTER).unwrap()]
}

/// The catalog with `edit` applied to its first item; valid by `validate` (the built-in
/// rules without the register), so whatever is refused is refused by the register.
fn catalog_with(edit: impl FnOnce(&mut Item)) -> Catalog {
    let mut catalog = parse_catalog("t.json", CATALOG).unwrap();
    edit(&mut catalog.sections[0].items[0]);
    let json = serde_json::to_string(&catalog).unwrap();
    parse_catalog("t.json", &json).unwrap_or_else(|p| panic!("valid but for the register: {p:?}"))
}

fn text(zh: &str, en: &str) -> Localized {
    Localized { zh: zh.into(), en: en.into() }
}

fn cited(source: &str, zh: &str, en: &str) -> Box<Reference> {
    Box::new(Reference { source: source.into(), clause: text(zh, en) })
}

/// (path, issue) of every problem the register check finds.
fn register_problems(catalog: &Catalog) -> Vec<(String, Issue)> {
    check_register_with(catalog, &registers()).into_iter().map(|p| (p.path, p.issue)).collect()
}

#[test]
fn a_catalog_citing_registered_clauses_and_a_guidance_source_passes() {
    let catalog = catalog_with(|_| {});
    assert_eq!(register_problems(&catalog), []);
    assert!(catalog.sections[0].items[1].guidance, "the guidance item cites gbt-31168, not the register");
}

#[test]
fn a_provider_catalog_citing_a_clause_that_binds_only_the_authorities_is_refused() {
    let catalog = catalog_with(|item| item.reference.clause = text("第十三条", "Art. 13"));
    let issue =
        Issue::ClauseNotBinding { cited: cited("measures-2019", "第十三条", "Art. 13"), party: Party::Provider };
    assert_eq!(register_problems(&catalog), [("sections[0].items[0].reference.clause".to_string(), issue)]);
    let problem = &check_register_with(&catalog, &registers())[0];
    assert_eq!(
        problem.message(Lang::En),
        "t at sections[0].items[0].reference.clause: clause \"Art. 13\" (第十三条) of \"measures-2019\" puts no duty \
         on the provider: cite a clause that does, or mark the item as guidance citing the standard or practice it \
         rests on."
    );
    assert!(problem.message(Lang::ZhCn).contains("并未给云服务商设定义务"), "{}", problem.message(Lang::ZhCn));
    // The same clause cited by the section: a section may cite whatever the register lists.
    let mut section = catalog_with(|_| {});
    section.sections[0].reference.clause = text("第十三条", "Art. 13");
    assert_eq!(register_problems(&section), []);
}

#[test]
fn an_agency_catalog_citing_what_binds_the_provider_is_refused() {
    let mut catalog = catalog_with(|_| {});
    catalog.audience = selfcheck_core::catalog::Audience::Agency;
    let problems = register_problems(&catalog);
    assert!(
        matches!(&problems[..], [(path, Issue::ClauseNotBinding { party: Party::Agency, .. })]
            if path == "sections[0].items[0].reference.clause"),
        "{problems:?}"
    );
}

#[test]
fn an_item_not_marked_guidance_citing_a_clause_missing_from_the_register_is_refused() {
    let catalog = catalog_with(|item| item.reference.clause = text("第三条第（九）项", "Art. 3(9)"));
    let issue = Issue::ClauseNotInRegister { cited: cited("measures-2019", "第三条第（九）项", "Art. 3(9)") };
    assert_eq!(register_problems(&catalog), [("sections[0].items[0].reference.clause".to_string(), issue)]);
    // Worded otherwise in one language: the register's wording is named.
    let catalog = catalog_with(|item| item.reference.clause = text("第三条第（二）项", "Art. 3 (2)"));
    let problems = check_register_with(&catalog, &registers());
    assert_eq!(problems.len(), 1);
    assert!(
        matches!(&problems[0].issue, Issue::ClauseWordedOtherwise { entry, .. } if entry.en == "Art. 3(2)"),
        "{problems:?}"
    );
    assert!(problems[0].message(Lang::En).contains("matches the register's \"Art. 3(2)\" (第三条第（二）项)"));
    // A binding source without a register file has an empty one.
    let catalog = catalog_with(|item| {
        item.reference.source = "convention-2023".into();
        item.reference.clause = text("第一条", "Art. 1");
    });
    assert!(
        matches!(&register_problems(&catalog)[..], [(_, Issue::ClauseNotInRegister { cited })] if cited.source == "convention-2023")
    );
}

#[test]
fn a_section_citing_a_binding_clause_outside_the_register_is_refused() {
    let mut catalog = catalog_with(|_| {});
    catalog.sections[0].reference.clause = text("第三条", "Art. 3");
    let problems = register_problems(&catalog);
    assert!(
        matches!(&problems[..], [(path, Issue::ClauseNotInRegister { .. })] if path == "sections[0].reference.clause"),
        "{problems:?}"
    );
}

#[test]
fn a_red_line_says_what_makes_it_decisive_and_rests_on_a_binding_clause() {
    let basis = text(
        "第十五条：拒绝提供材料或提供虚假材料即不通过。",
        "Art. 15: refusing materials or giving false ones means failing.",
    );
    let at = |field: &str| format!("sections[0].items[0].{field}");
    let gating = catalog_with(|item| {
        item.gating = true;
        item.reference.clause = text("第十五条", "Art. 15");
    });
    assert_eq!(register_problems(&gating), [(at("gating_basis"), Issue::GatingWithoutBasis)]);
    let mut with_basis = gating.clone();
    with_basis.sections[0].items[0].gating_basis = Some(basis.clone());
    assert_eq!(register_problems(&with_basis), []);
    let mut on_guidance = with_basis.clone();
    on_guidance.sections[0].items[1].gating = true;
    on_guidance.sections[0].items[1].gating_basis = Some(basis.clone());
    assert_eq!(register_problems(&on_guidance), [("sections[0].items[1].gating".to_string(), Issue::GatingOnGuidance)]);
    let not_gating = catalog_with(|item| item.gating_basis = Some(basis));
    assert_eq!(register_problems(&not_gating), [(at("gating_basis"), Issue::BasisWithoutGating)]);
    for problem in
        check_register_with(&gating, &registers()).iter().chain(&check_register_with(&not_gating, &registers()))
    {
        assert!(problem.message(Lang::En).contains("gating_basis"));
        assert!(problem.message(Lang::ZhCn).contains("红线"));
    }
    // The basis of a built-in red line needs both languages, as all built-in text does.
    let mut half = with_basis;
    half.sections[0].items[0].gating_basis = Some(text("第十五条", ""));
    let json = serde_json::to_string(&half).unwrap();
    let problems = parse_catalog("t.json", &json).unwrap_err();
    assert_eq!(problems[0].path, "sections[0].items[0].gating_basis.en");
}

#[test]
fn a_loaded_catalog_with_the_same_content_is_not_held_to_the_register() {
    let refused = catalog_with(|item| {
        item.reference.clause = text("第十三条", "Art. 13");
        item.gating = true;
    });
    assert_eq!(register_problems(&refused).len(), 2);
    let json = serde_json::to_vec(&refused).unwrap();
    let catalog = loaded::read_json("t.json", &json).unwrap();
    assert_eq!(catalog.sections[0].items[0].reference.clause.en, "Art. 13");
    assert!(catalog.sections[0].items[0].gating && catalog.sections[0].items[0].gating_basis.is_none());
    assert_eq!(loaded::verify(&catalog), [], "nor is one that comes back in a report");
}

#[test]
fn every_register_problem_is_worded_in_both_languages() {
    let issues = [
        Issue::ClauseNotInRegister { cited: cited("s", "第十三条", "Art. 13") },
        Issue::ClauseWordedOtherwise {
            cited: cited("s", "第十三条", "Art. 13"),
            entry: Box::new(text("第十三条", "Art. 13")),
        },
        Issue::GatingOnGuidance,
        Issue::GatingWithoutBasis,
        Issue::BasisWithoutGating,
    ]
    .into_iter()
    .chain(Party::ALL.map(|party| Issue::ClauseNotBinding { cited: cited("s", "第十三条", "Art. 13"), party }));
    for issue in issues {
        let problem = selfcheck_core::catalog::CatalogProblem { catalog: "c".into(), path: "p".into(), issue };
        for lang in Lang::ALL {
            let message = problem.message(lang);
            assert!(!message.contains('{'), "{message}");
        }
    }
}

// ---- the gating_basis field ----

/// M19-A3-01-Q1 as the built-in catalog wrote it before the field existed, and its digest
/// as `tests/fixtures/report-v5-provider.json` (written by that app) records it.
const ITEM_BEFORE: &str = r#"{"id": "M19-A3-01-Q1", "kind": "compliance", "title": {"zh": "经审计的财务报表", "en": "Audited financial statements"}, "question": {"zh": "是否具备由独立会计师事务所审计、覆盖最近三个会计年度的财务报表？", "en": "Does the provider have financial statements for the last three fiscal years audited by an independent accounting firm?"}, "reference": {"source": "measures-2019", "clause": {"zh": "第三条第（一）项", "en": "Art. 3(1)"}}, "weight": 3, "gating": false, "guidance": false, "evidence": {"zh": "审计报告、近三年财务报表", "en": "Audit reports, financial statements for the last three years"}}"#;

#[test]
fn an_item_without_a_basis_keeps_its_digest_and_a_basis_changes_it() {
    let item: Item = serde_json::from_str(ITEM_BEFORE).unwrap();
    assert_eq!(item.gating_basis, None);
    assert_eq!(loaded::item_digest(&item), "576b98d3a491ff79");
    let fixture = include_str!("../../../tests/fixtures/report-v5-provider.json");
    assert!(fixture.contains("\"M19-A3-01-Q1\":\"576b98d3a491ff79\""), "the fixture records that digest");
    let with_basis = Item { gating: true, gating_basis: Some(text("第三条", "Art. 3")), ..item };
    let json = serde_json::to_string(&with_basis).unwrap();
    assert!(json.contains(r#""gating":true,"gating_basis":{"zh":"第三条","en":"Art. 3"}"#), "{json}");
    assert_eq!(serde_json::from_str::<Item>(&json).unwrap(), with_basis);
    assert_ne!(loaded::item_digest(&with_basis), "576b98d3a491ff79");
}

#[test]
fn catalog_format_4_is_written_and_1_to_4_are_read() {
    assert_eq!(CATALOG_FORMAT_VERSION, 4);
    for version in 1..=4 {
        let json = CATALOG.replace("\"format_version\": 3", &format!("\"format_version\": {version}"));
        assert!(parse_catalog("t.json", &json).is_ok(), "format {version}");
    }
    let newer = CATALOG.replace("\"format_version\": 3", "\"format_version\": 5");
    let problems = parse_catalog("t.json", &newer).unwrap_err();
    assert!(problems[0].to_string().contains("newer than this tool reads (4)"), "{problems:?}");
    let schema = selfcheck_core::schema::catalog_schema();
    assert!(schema.contains("\"gating_basis\""), "the schema describes the field");
}

#[test]
fn a_sheet_may_give_a_red_line_its_basis() {
    let sheet = "章节,编号,标题,红线,红线依据\n人员,1,背景审查,是,第十五条：提供虚假材料即不通过\n人员,2,培训,否,\n";
    let sections = loaded::read_csv(sheet.as_bytes()).unwrap();
    let items = &sections[0].items;
    assert_eq!(items[0].gating_basis, Some(text("第十五条：提供虚假材料即不通过", "第十五条：提供虚假材料即不通过")));
    assert_eq!(items[1].gating_basis, None, "a blank cell is no basis");
    let english = "section,id,title,red_line,gating_basis\nA,1,x,yes,Art. 15\n";
    assert_eq!(
        loaded::read_csv(english.as_bytes()).unwrap()[0].items[0].gating_basis,
        Some(text("Art. 15", "Art. 15"))
    );
}

// ---- the built-in catalogs and rules meet the register ----

/// Every register problem of the built-in catalogs, with a count per catalog.
fn builtin_register_problems() -> (Vec<String>, Vec<(String, usize)>) {
    let mut all = Vec::new();
    let mut counts = Vec::new();
    for catalog in builtin().catalogs() {
        let found = check_register(catalog);
        counts.push((catalog.id.clone(), found.len()));
        all.extend(found.iter().map(ToString::to_string));
    }
    (all, counts)
}

#[test]
fn every_builtin_catalog_meets_the_register() {
    // No exemption list: every built-in catalog, every item.
    let (problems, counts) = builtin_register_problems();
    let counts: Vec<String> = counts.iter().map(|(id, n)| format!("{id}: {n}")).collect();
    assert!(problems.is_empty(), "{} problems ({}):\n{}", problems.len(), counts.join(", "), problems.join("\n"));
    // Not passed for want of anything to check: every built-in item not marked guidance
    // names a register entry binding its party, and the registers are read.
    let binding: Vec<_> = builtin().items().filter(|r| !r.item.guidance).collect();
    assert!(binding.len() >= 50, "{} items not marked guidance", binding.len());
    for r in binding {
        let entry = clauses::entry(&r.item.reference.source, &r.item.reference.clause);
        assert!(entry.is_some_and(|e| e.binds(Party::of(r.catalog.audience))), "{}", r.item.id);
    }
}

/// `(zh, en)` of the top-level citations every register holds: Measures Art. 1–17, the
/// Opinion's six parts, the Convention's ten commitments.
fn articles() -> Vec<(&'static str, Vec<Localized>)> {
    let numeral = |n: usize| {
        const DIGITS: [&str; 10] = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
        match n {
            1..=9 => DIGITS[n].to_string(),
            10 => "十".to_string(),
            11..=19 => format!("十{}", DIGITS[n - 10]),
            _ => unreachable!("no document here has more than 19 articles"),
        }
    };
    let article = |n: usize| text(&format!("第{}条", numeral(n)), &format!("Art. {n}"));
    vec![
        ("measures-2019", (1..=17).map(article).collect()),
        ("opinion-2014", (1..=6).map(|n| text(&format!("第{}部分", numeral(n)), &format!("§{n}"))).collect()),
        ("convention-2023", (1..=10).map(article).collect()),
    ]
}

#[test]
fn every_article_of_the_three_texts_is_in_the_register_in_document_order() {
    let mut missing = Vec::new();
    for (source, articles) in articles() {
        let Some(register) = clauses::register(source) else {
            missing.push(format!("{source}: no register (catalogs/clauses/{source}.json)"));
            continue;
        };
        let mut last = None;
        for article in &articles {
            match register.clauses.iter().position(|e| e.clause == *article) {
                None => missing.push(format!("{source}: {} / {}", article.en, article.zh)),
                Some(at) => {
                    if last.is_some_and(|last| at < last) {
                        missing.push(format!("{source}: {} is out of document order", article.en));
                    }
                    last = Some(at);
                }
            }
        }
    }
    assert!(missing.is_empty(), "not in the register:\n{}", missing.join("\n"));
    // Every binding source has its register: the three texts are all of them.
    let binding: Vec<&str> = sources::all().iter().filter(|d| !d.guidance).map(|d| d.id.as_str()).collect();
    assert_eq!(binding, ["measures-2019", "opinion-2014", "convention-2023"]);
}

#[test]
fn every_rule_reason_citing_a_binding_text_cites_the_register() {
    let rules = include_str!("../../../catalogs/opinion-2014-rules.json");
    let outside = clauses::rule_reasons_outside_register(rules).unwrap();
    let listed: Vec<String> =
        outside.iter().map(|(code, r)| format!("{code}: {} {} / {}", r.source, r.clause.en, r.clause.zh)).collect();
    assert!(listed.is_empty(), "{} reasons cite clauses outside the register:\n{}", listed.len(), listed.join("\n"));
}
