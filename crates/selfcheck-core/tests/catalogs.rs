//! The built-in catalogs are valid, complete and shaped as the regulations are;
//! the validator rejects broken catalogs with located messages.

use selfcheck_core::catalog::{builtin, parse_catalog, Audience, CatalogSet, ItemKind, BUILTIN_FILES};

fn is_cjk(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

#[test]
fn every_builtin_catalog_is_valid() {
    // The app reads these files without checking them again: this is the check.
    match CatalogSet::from_files(BUILTIN_FILES) {
        Ok(checked) => assert_eq!(&checked, builtin(), "the full checks and the app's reading agree"),
        Err(problems) => panic!("{}", problems.join("\n")),
    }
    let ids: Vec<&str> = builtin().catalogs().iter().map(|c| c.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "measures-2019-focus",
            "measures-2019-materials",
            "measures-2019-obligations",
            "convention-2023",
            "opinion-2014-platform",
            "gbt31168-2023",
            "gbt22239-2019-cloud",
            "opinion-2014-agency"
        ]
    );
    assert_eq!(builtin().for_audience(Audience::Provider).len(), 7);
    assert_eq!(builtin().for_audience(Audience::Agency).len(), 1);
}

#[test]
fn every_item_speaks_both_languages_and_cites_its_source() {
    for r in builtin().items() {
        let item = r.item;
        for text in [&item.title, &item.question, &item.evidence, &item.reference.clause] {
            assert!(text.zh.chars().any(is_cjk), "{}: Chinese text without Chinese: {:?}", item.id, text.zh);
            assert!(!text.en.chars().any(is_cjk), "{}: English text with Chinese: {:?}", item.id, text.en);
        }
        assert!(selfcheck_core::sources::find(&item.reference.source).is_some(), "{}", item.id);
        assert!((1..=5).contains(&item.weight), "{}", item.id);
        assert!(item.id.is_ascii() && item.id.starts_with(|c: char| c.is_ascii_alphabetic()), "{}", item.id);
    }
}

#[test]
fn catalogs_carry_id_title_version_and_date() {
    for catalog in builtin().catalogs() {
        assert!(!catalog.version.is_empty() && catalog.title.is_complete() && catalog.description.is_complete());
        assert!(catalog.date >= selfcheck_core::Date::from_ymd(2024, 1, 1).unwrap(), "{}", catalog.id);
        assert_eq!(builtin().digest(&catalog.id).map(str::len), Some(64));
    }
}

#[test]
fn measures_article_3_has_seven_focus_areas_of_three_to_eight_questions() {
    let focus = builtin().catalog("measures-2019-focus").unwrap();
    assert_eq!(focus.sections.len(), 7);
    for section in &focus.sections {
        assert!((3..=8).contains(&section.items.len()), "{} has {}", section.id, section.items.len());
        assert_eq!(section.reference.source, "measures-2019");
    }
}

#[test]
fn measures_article_6_lists_the_application_materials() {
    let materials = builtin().catalog("measures-2019-materials").unwrap();
    let all: Vec<_> = materials.sections.iter().flat_map(|s| &s.items).collect();
    assert!(all.iter().all(|i| i.kind == ItemKind::Material));
    // The five materials Art. 6 names; what each might contain is guidance beside them.
    let items: Vec<_> = all.iter().filter(|i| !i.guidance).collect();
    assert_eq!(items.len(), 5);
    assert!(items.iter().all(|i| i.reference.source == "measures-2019"));
    assert!(items.iter().all(|i| i.reference.clause.en.starts_with("Art. 6(")));
    for name in ["申报书", "系统安全计划", "业务连续性和供应链安全报告", "客户数据可迁移性分析报告"]
    {
        assert!(items.iter().any(|i| i.title.zh.contains(name)), "missing {name}");
    }
    let others = builtin().items().filter(|r| r.catalog.id != "measures-2019-materials");
    assert!(others.into_iter().all(|r| r.item.kind == ItemKind::Compliance));
}

#[test]
fn measures_obligations_cover_articles_12_to_15() {
    let obligations = builtin().catalog("measures-2019-obligations").unwrap();
    for article in ["Art. 12", "Art. 13", "Art. 14", "Art. 15"] {
        assert!(
            obligations.sections.iter().any(|s| s.reference.clause.en.starts_with(article)),
            "no section cites {article}"
        );
    }
}

#[test]
fn convention_has_ten_commitments_of_two_to_five_questions() {
    let convention = builtin().catalog("convention-2023").unwrap();
    assert_eq!(convention.sections.len(), 10);
    for section in &convention.sections {
        assert!((2..=5).contains(&section.items.len()), "{} has {}", section.id, section.items.len());
    }
}

#[test]
fn agency_obligations_cover_the_opinion_sections_2_to_6() {
    let agency = builtin().catalog("opinion-2014-agency").unwrap();
    for clause in ["§2", "§4", "§5", "§6"] {
        assert!(agency.sections.iter().any(|s| s.reference.clause.en.starts_with(clause)), "{clause}");
    }
    assert!(agency.sections.iter().flat_map(|s| &s.items).any(|i| i.gating));
}

#[test]
fn opinion_platform_duties_include_the_location_red_lines() {
    let opinion = builtin().catalog("opinion-2014-platform").unwrap();
    let gating: Vec<_> = opinion.sections.iter().flat_map(|s| &s.items).filter(|i| i.gating).collect();
    assert!(gating.len() >= 2);
    assert!(gating.iter().all(|i| i.reference.source == "opinion-2014"));
}

#[test]
fn gating_items_are_rare_and_guidance_items_cite_guidance_sources() {
    let all: Vec<_> = builtin().items().collect();
    let gating = all.iter().filter(|r| r.item.gating).count();
    assert!(gating > 0 && gating * 6 <= all.len(), "{gating} gating of {}", all.len());
    // A standard, a law or common practice: the source a guidance item rests on.
    for r in all.iter().filter(|r| r.item.guidance) {
        let source = selfcheck_core::sources::find(&r.item.reference.source).unwrap();
        assert!(source.guidance, "{} cites {}", r.item.id, source.id);
    }
}

/// DOMAIN.md §4: the families of GB/T 31168-2023 as listed publicly, by name only.
#[test]
fn the_gbt_31168_guidance_follows_its_eleven_families_and_tiers() {
    let catalog = builtin().catalog("gbt31168-2023").unwrap();
    let families: Vec<&str> = catalog.sections.iter().map(|s| s.title.zh.as_str()).collect();
    assert_eq!(
        families,
        [
            "系统开发与供应链安全",
            "系统与通信保护",
            "访问控制",
            "数据保护",
            "配置管理",
            "维护管理",
            "应急响应",
            "审计",
            "风险评估与持续监控",
            "安全组织与人员",
            "物理与环境安全"
        ]
    );
    use selfcheck_core::profile::CapabilityTier;
    use selfcheck_core::sources::{find, SourceKind};
    for section in &catalog.sections {
        assert!(section.items.iter().any(|i| i.tier == Some(CapabilityTier::General)), "{}", section.id);
        for item in &section.items {
            assert!(item.guidance && item.level.is_none(), "{}", item.id);
            // The standard's items carry an (indicative) tier; a period or a duty that comes
            // from a law cites that law and belongs to no tier.
            if item.reference.source == "gbt-31168" {
                assert!(item.tier.is_some(), "{}", item.id);
            } else {
                let law = find(&item.reference.source).unwrap();
                assert!(law.kind == SourceKind::Law && item.tier.is_none(), "{}", item.id);
            }
        }
    }
    let laws = catalog.sections.iter().flat_map(|s| &s.items).filter(|i| i.reference.source != "gbt-31168").count();
    assert!(laws <= 2, "the families, not the laws, shape this catalog");
}

#[test]
fn the_cloud_extension_guidance_claims_no_level_it_cannot_source() {
    let catalog = builtin().catalog("gbt22239-2019-cloud").unwrap();
    let items: Vec<_> = catalog.sections.iter().flat_map(|s| &s.items).collect();
    assert!(items.iter().all(|i| i.guidance && i.tier.is_none() && i.reference.source == "gbt-22239-2019"));
    // The level each point applies from is unconfirmed either way (FIDELITY.md): only the
    // points public listings give as added at level 4 carry one; the rest show at every level.
    let levelled: Vec<_> = items.iter().filter(|i| i.level.is_some()).map(|i| (i.id.as_str(), i.level)).collect();
    assert_eq!(levelled, [("G22239C-NW-Q4", Some(4)), ("G22239C-NW-Q5", Some(4))]);
    // Control points of the same name in different layers are told apart by the layer.
    for item in &items {
        let clause = &item.reference.clause;
        assert!(clause.zh.contains('／') && clause.en.contains(" / "), "{}: {clause:?}", item.id);
    }
}

/// No invented clause numbers: guidance cites families and control points by name.
#[test]
fn guidance_cites_names_not_clause_numbers() {
    for r in builtin().items().filter(|r| r.catalog.id.starts_with("gbt")) {
        let clause = &r.item.reference.clause;
        for text in [&clause.zh, &clause.en] {
            let numbered =
                text.as_bytes().windows(3).any(|w| w[0].is_ascii_digit() && w[1] == b'.' && w[2].is_ascii_digit());
            assert!(!numbered, "{}: {text}", r.item.id);
        }
    }
}

// ---- the validator refuses broken catalogs, saying where ----

const GOOD: &str = r#"{
  "format": "cloud-selfcheck-catalog", "format_version": 1, "id": "t", "audience": "provider", "version": "1", "date": "2026-01-01",
  "title": {"zh": "测试", "en": "Test"}, "description": {"zh": "测试", "en": "Test"},
  "sections": [{
    "id": "T-01", "title": {"zh": "一", "en": "One"},
    "reference": {"source": "measures-2019", "clause": {"zh": "第三条", "en": "Art. 3"}},
    "items": [{
      "id": "T-01-Q1", "kind": "compliance", "title": {"zh": "题", "en": "Item"},
      "question": {"zh": "是否？", "en": "Is it?"},
      "reference": {"source": "measures-2019", "clause": {"zh": "第三条", "en": "Art. 3"}},
      "weight": 3, "gating": false, "guidance": false, "evidence": {"zh": "文件", "en": "Document"}
    }]
  }]
}"#;

fn problems(json: &str) -> String {
    match parse_catalog("test.json", json) {
        Ok(_) => String::new(),
        Err(problems) => problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"),
    }
}

#[test]
fn the_minimal_catalog_is_accepted() {
    assert_eq!(problems(GOOD), "");
}

#[test]
fn broken_catalogs_are_refused_with_their_location() {
    let cases = [
        (GOOD.replace("\"T-01-Q1\"", "\"1-bad\""), "sections[0].items[0].id"),
        (GOOD.replace("\"T-01-Q1\"", "\"X-01-Q1\""), "must start with its section id"),
        (GOOD.replace("\"en\": \"Item\"", "\"en\": \"\""), "sections[0].items[0].title.en: text is missing"),
        (GOOD.replace("\"weight\": 3", "\"weight\": 0"), "weight 0 must be 1 to 5"),
        (GOOD.replace("\"source\": \"measures-2019\", \"clause\": {\"zh\": \"第三条\", \"en\": \"Art. 3\"}},\n      \"weight\"", "\"source\": \"nowhere\", \"clause\": {\"zh\": \"第三条\", \"en\": \"Art. 3\"}},\n      \"weight\""), "unknown source \"nowhere\""),
        (GOOD.replace("\"guidance\": false", "\"guidance\": true"), "guidance: guidance must be false"),
        (GOOD.replace("\"id\": \"t\"", "\"id\": \"T-01\""), "used twice"),
        (GOOD.replace("cloud-selfcheck-catalog", "something-else"), "format is \"something-else\""),
        (GOOD.replace("\"format_version\": 1", "\"format_version\": 9"), "newer than this tool reads"),
        (GOOD.replace("\"kind\": \"compliance\"", "\"kind\": \"essay\""), "does not match the catalog schema"),
        (GOOD.replace("\"weight\": 3", "\"weight\": 3, \"colour\": \"red\""), "unknown field `colour`"),
        ("{\"not\": \"a catalog\"}".to_string(), "not a catalog"),
        ("[1, 2".to_string(), "not valid JSON"),
    ];
    for (json, expected) in cases {
        let found = problems(&json);
        assert!(found.contains(expected), "expected {expected:?}, got {found:?}");
    }
}

#[test]
fn the_same_id_in_two_catalogs_is_refused() {
    let other = GOOD.replace("\"id\": \"t\"", "\"id\": \"u\"");
    let err = CatalogSet::from_files(&[("a.json", GOOD), ("b.json", &other)]).unwrap_err();
    assert!(err.iter().any(|p| p.contains("\"T-01-Q1\" is also used in catalog \"t\"")), "{err:?}");
}
