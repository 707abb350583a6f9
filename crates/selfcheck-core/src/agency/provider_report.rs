//! A provider's report carried into the agency's platform check: loaded on a candidate
//! platform, verified as `selfcheck validate` verifies it, it fills the platform's
//! details from the provider's profile, and what it says (overall status, red lines not
//! met, deadlines) is kept with the platform, so platform fit can rely on it, or say
//! why it cannot.
//!
//! Where the platform's data centres are comes from the report's answers to the items
//! that ask it (Opinion §2(4): the platform and its data centres in China; GB/T 22239's
//! 基础设施位置 control), found by citation and title, not by ids: an item answered not met
//! or partially met means not all are in China; every such item that applies answered met
//! means all are; anything else leaves the platform as it was. A "yes" is taken only
//! from a report that verifies (an edited one cannot vouch for it); a "no" is taken from
//! any. The summary keeps which items said so, and the data centres the profile lists,
//! as written: place names are shown, never read as in or out of China.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::Platform;
use crate::catalog::{Catalog, Item, Scope};
use crate::deadlines::DeadlineAlert;
use crate::messages::{Describe, Message, M};
use crate::profile::ProviderProfile;
use crate::report::verify::Verified;
use crate::report::{ProviderReport, Role};
use crate::scoring::OverallStatus;
use crate::{Date, Lang, Localized, Status};

/// How far the report can be relied on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Trust {
    /// Its digest matches and every figure follows from its answers.
    Consistent,
    /// Changed after it was exported (its digest does not match).
    Edited,
    /// Its figures, dates or catalogs do not hold.
    Inconsistent,
}

/// A red-line item the provider has not met.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OpenRedLine {
    pub item_id: String,
    pub title: Localized,
}

/// One answer of the report about where the platform's infrastructure is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LocationAnswer {
    pub item_id: String,
    pub title: Localized,
    pub status: Status,
}

/// What the report's answers say about where the platform's data centres are.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DataCentreLocation {
    /// True: every location item that applies is answered met. False: one is answered
    /// not met or partially met, so not all are in China.
    pub in_china: bool,
    /// The answers that say so (the met ones, or the not met and partial ones).
    pub items: Vec<LocationAnswer>,
    /// Whether the platform took it: a "not all" always, an "all in China" only from a
    /// report that verifies.
    pub taken: bool,
}

/// What the agency keeps of a provider's report on a platform.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ProviderReportSummary {
    /// The report's digest as it states it (`sha256:…`).
    pub digest: String,
    pub generated_at: String,
    pub as_of: Date,
    pub trust: Trust,
    pub status: OverallStatus,
    pub open_red_lines: Vec<OpenRedLine>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_on: Option<Date>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub alerts: Vec<DeadlineAlert>,
    /// The data centres the provider's profile lists, as written.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub data_centres: Vec<String>,
    /// What its answers say about where they are; `None` when they settle nothing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<DataCentreLocation>,
    /// Who signed the report, and whether the signature held when it was loaded;
    /// `None`: unsigned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signer: Option<crate::report::Signer>,
}

/// Whether an item asks where the platform's infrastructure is: an Opinion §2(4) item on
/// the platform and its data centres (not the one on sensitive information going
/// abroad), or GB/T 22239's 基础设施位置 control.
pub fn is_location_item(item: &Item) -> bool {
    let reference = &item.reference;
    (reference.source == "opinion-2014" && reference.clause.en == "§2(4)" && item.title.zh.contains("数据中心"))
        || (reference.source == "gbt-22239-2019" && reference.clause.zh.contains("基础设施位置"))
}

/// What the answers to the location items that apply say, if anything.
fn location(p: &ProviderReport, catalogs: &[&Catalog], trust: Trust) -> Option<DataCentreLocation> {
    let scope = Scope::of(&p.work.profile);
    let asked: Vec<&Item> = catalogs
        .iter()
        .flat_map(|c| &c.sections)
        .flat_map(|s| &s.items)
        .filter(|item| is_location_item(item) && scope.applies(item))
        .collect();
    let answered = |wanted: &[Status]| -> Vec<LocationAnswer> {
        asked
            .iter()
            .filter_map(|item| {
                let status = p.work.answers.get(&item.id)?.effective_status()?;
                wanted.contains(&status).then(|| LocationAnswer {
                    item_id: item.id.clone(),
                    title: item.title.clone(),
                    status,
                })
            })
            .collect()
    };
    let not_all = answered(&[Status::NotMet, Status::Partial]);
    if !not_all.is_empty() {
        return Some(DataCentreLocation { in_china: false, items: not_all, taken: true });
    }
    let met = answered(&[Status::Met]);
    (!met.is_empty() && met.len() == asked.len()).then(|| DataCentreLocation {
        in_china: true,
        items: met,
        taken: trust == Trust::Consistent,
    })
}

/// Why a file cannot fill a platform.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotAProviderReport;

/// The summary of a verified provider report.
pub fn summarize(verified: &Verified) -> Result<ProviderReportSummary, NotAProviderReport> {
    let report = &verified.report;
    let p = report.provider.as_ref().filter(|_| report.role == Role::Provider).ok_or(NotAProviderReport)?;
    let trust = if verified.is_edited() {
        Trust::Edited
    } else if verified.is_consistent() {
        Trust::Consistent
    } else {
        Trust::Inconsistent
    };
    let catalogs = report.named_catalogs().unwrap_or_default();
    let location = location(p, &catalogs, trust);
    let data_centres =
        p.work.profile.data_centres.iter().map(|d| d.trim()).filter(|d| !d.is_empty()).map(str::to_string).collect();
    let open_red_lines = p
        .gaps
        .iter()
        .filter(|g| g.gating)
        .map(|g| OpenRedLine { item_id: g.item_id.clone(), title: g.title.clone() })
        .collect();
    Ok(ProviderReportSummary {
        digest: report.digest.clone(),
        generated_at: report.generated_at.clone(),
        as_of: report.as_of,
        trust,
        status: p.summary.status,
        open_red_lines,
        expires_on: p.deadlines.expires_on,
        alerts: p.deadlines.alerts.clone(),
        data_centres,
        location,
        signer: verified.signer.clone(),
    })
}

/// What a platform takes from a provider's report: the provider's profile and the
/// report's summary. Read apart from the platform it fills, so that the browser reads
/// it in the first-use module: the readers of a report's derived parts and the check
/// that recomputes them are then not in the start-up wasm (18.0 KB gzip, measured).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProviderReportTaken {
    pub profile: ProviderProfile,
    pub summary: ProviderReportSummary,
}

/// What a verified report gives a platform, if it is a provider's.
pub fn take(verified: &Verified) -> Result<ProviderReportTaken, NotAProviderReport> {
    let summary = summarize(verified)?;
    let profile = verified.report.provider.as_ref().ok_or(NotAProviderReport)?.work.profile.clone();
    Ok(ProviderReportTaken { profile, summary })
}

/// A file read and verified as `selfcheck validate` does (its signature by `checker`),
/// and what it gives a platform; or why it gives nothing, worded.
pub fn read_provider_report(
    bytes: &[u8],
    checker: &dyn crate::report::SignatureChecker,
) -> Result<ProviderReportTaken, Message> {
    let verified = crate::report::verify::verify_with(bytes, checker).map_err(|problem| problem.describe())?;
    take(&verified).map_err(|NotAProviderReport| Message::new(M::ProviderReportNotProvider))
}

/// How the first-use module answers `read_provider_report`: the report taken, or the
/// problem in both languages. Two members, not a `Result`: the app then carries no
/// reader of serde's `Result` for it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProviderReportReply {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub taken: Option<ProviderReportTaken>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub problem: Option<Localized>,
}

impl ProviderReportReply {
    pub fn of(read: Result<ProviderReportTaken, Message>) -> ProviderReportReply {
        match read {
            Ok(taken) => ProviderReportReply { taken: Some(taken), problem: None },
            Err(message) => ProviderReportReply {
                taken: None,
                problem: Some(Localized { zh: message.render(Lang::ZhCn), en: message.render(Lang::En) }),
            },
        }
    }

    /// Back to what `read_provider_report` gave (a reply with neither is refused as a
    /// module that did not answer).
    pub fn into_read(self) -> Result<ProviderReportTaken, Message> {
        match self {
            ProviderReportReply { taken: Some(taken), .. } => Ok(taken),
            ProviderReportReply { problem: Some(problem), .. } => {
                Err(Message::new(M::ProviderReportRefused).localized("problem", problem))
            }
            ProviderReportReply { .. } => Err(Message::new(M::ModuleUnavailable).with("detail", "no answer")),
        }
    }
}

/// `platform` filled from a provider report: provider, platform name, tier, level and
/// result date from its profile (what the profile leaves empty is kept), whether its
/// data centres are all in China from its answers (`DataCentreLocation`; kept when they
/// settle nothing or cannot be taken), and the report's summary.
pub fn fill(platform: &Platform, taken: &ProviderReportTaken) -> Platform {
    let ProviderReportTaken { profile, summary } = taken;
    let text = |from: &str, kept: &str| if from.trim().is_empty() { kept.to_string() } else { from.trim().to_string() };
    Platform {
        name: text(&profile.platform, &platform.name),
        provider: text(&profile.provider, &platform.provider),
        result_published: profile.dates.result_published.or(platform.result_published),
        tier: profile.tier.or(platform.tier),
        mlps_level: profile.mlps_level.or(platform.mlps_level),
        data_centres_in_china: match &summary.location {
            Some(location) if location.taken => Some(location.in_china),
            _ => platform.data_centres_in_china,
        },
        provider_report: Some(summary.clone()),
        expected_fingerprint: platform.expected_fingerprint.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agency::{check_fit, classify, FitCode, Workload};
    use crate::report::verify::verify;
    use crate::report::{build_provider_report, to_canonical_json};
    use crate::work::ProviderWork;
    use crate::{Answer, Status};

    fn provider_file(edit: impl FnOnce(&mut ProviderWork)) -> String {
        let mut inputs = ProviderWork::default();
        inputs.profile.provider = "示例云计算有限公司".into();
        inputs.profile.platform = "示例政务云".into();
        inputs.profile.mlps_level = Some(3);
        inputs.profile.dates.result_published = Date::from_ymd(2025, 6, 1);
        edit(&mut inputs);
        let day = Date::from_ymd(2026, 12, 2).unwrap();
        to_canonical_json(&build_provider_report(&inputs, "2026-12-02T08:00:00Z", day))
    }

    fn fit_of(platform: &Platform) -> Vec<FitCode> {
        let workload = Workload {
            name: "OA".into(),
            platform: Some(platform.name.clone()),
            migration_date: Date::from_ymd(2027, 1, 1),
            ..Workload::default()
        };
        let day = Date::from_ymd(2026, 12, 2).unwrap();
        let gaps = check_fit(&workload, &classify(&workload), std::slice::from_ref(platform), day).unwrap();
        gaps.into_iter().map(|g| g.code).collect()
    }

    #[test]
    fn a_verified_report_fills_the_platform_and_its_red_lines_are_fit_gaps() {
        let red_line = crate::catalog::builtin()
            .catalogs()
            .iter()
            .flat_map(|c| &c.sections)
            .flat_map(|s| &s.items)
            .find(|i| i.gating)
            .unwrap()
            .id
            .clone();
        let file = provider_file(|p| {
            p.answers_mut().insert(red_line.clone(), Answer::with_status(Status::NotMet));
        });
        let verified = verify(file.as_bytes()).unwrap();
        let platform =
            fill(&Platform { data_centres_in_china: Some(true), ..Platform::default() }, &take(&verified).unwrap());
        assert_eq!((platform.name.as_str(), platform.provider.as_str()), ("示例政务云", "示例云计算有限公司"));
        assert_eq!((platform.mlps_level, platform.result_published), (Some(3), Date::from_ymd(2025, 6, 1)));
        let summary = platform.provider_report.as_ref().unwrap();
        assert_eq!(summary.trust, Trust::Consistent);
        assert_eq!(summary.status, OverallStatus::NotReady);
        assert_eq!(summary.open_red_lines[0].item_id, red_line);
        let codes = fit_of(&platform);
        assert!(
            codes.contains(&FitCode::ProviderNotReady) && codes.contains(&FitCode::ProviderRedLinesOpen),
            "{codes:?}"
        );
        assert!(!codes.contains(&FitCode::ProviderReportUntrusted));
    }

    #[test]
    fn an_edited_report_is_flagged_never_trusted_silently() {
        let file = provider_file(|_| {});
        let edited = file.replacen("示例政务云", "另一个云", 1);
        let verified = verify(edited.as_bytes()).unwrap();
        let platform = fill(&Platform::default(), &take(&verified).unwrap());
        assert_eq!(platform.provider_report.as_ref().unwrap().trust, Trust::Edited);
        assert!(fit_of(&platform).contains(&FitCode::ProviderReportUntrusted));
        let agency = crate::report::build_agency_report(
            &crate::work::AgencyWork::default(),
            "2026-12-02T08:00:00Z",
            Date::from_ymd(2026, 12, 2).unwrap(),
        );
        let verified = verify(to_canonical_json(&agency).as_bytes()).unwrap();
        assert_eq!(take(&verified), Err(NotAProviderReport));
    }

    /// A stand-in for SM2: a "signature" is the SHA-256 of the bytes, and the key's
    /// fingerprint is the `public_key` member repeated.
    struct Hashes;

    impl crate::report::SignatureChecker for Hashes {
        fn check(
            &self,
            signed: &[u8],
            signature: &crate::report::ReportSignature,
        ) -> Result<String, crate::report::SignatureFault> {
            if signature.value != crate::sha256::hex(signed) {
                return Err(crate::report::SignatureFault::DoesNotMatch);
            }
            Ok(crate::report::signature::group_of_four(&signature.public_key.repeat(32)))
        }
    }

    fn signed_by(text: &str, key: &str) -> String {
        use crate::report::signature::{group_of_four, DISTINGUISHING_ID, SIGNATURE_ALGORITHM};
        let signature = crate::report::ReportSignature {
            algorithm: SIGNATURE_ALGORITHM.into(),
            distinguishing_id: DISTINGUISHING_ID.into(),
            public_key: key.into(),
            fingerprint: group_of_four(&key.repeat(32)),
            signed_at: "2026-12-02T08:05:00Z".into(),
            value: crate::sha256::hex(&crate::report::signed_bytes(text).unwrap()),
        };
        crate::report::add_signature(text, &signature).unwrap()
    }

    fn fit_with(file: &str, expected: Option<&str>) -> (Platform, Vec<FitCode>) {
        let verified = crate::report::verify::verify_with(file.as_bytes(), &Hashes).unwrap();
        let recorded = Platform { expected_fingerprint: expected.map(str::to_string), ..Platform::default() };
        let platform = fill(&recorded, &take(&verified).unwrap());
        let codes = fit_of(&platform);
        (platform, codes)
    }

    #[test]
    fn the_signature_says_who_made_the_report_and_fit_says_what_it_leaves_unproven() {
        const SIGNATURE_CODES: [FitCode; 4] = [
            FitCode::ProviderReportUnsigned,
            FitCode::ProviderReportSignatureInvalid,
            FitCode::ProviderReportOtherSigner,
            FitCode::ProviderReportSignerNotRecorded,
        ];
        let signature_codes = |codes: &[FitCode]| -> Vec<FitCode> {
            codes.iter().copied().filter(|c| SIGNATURE_CODES.contains(c)).collect()
        };
        let file = provider_file(|_| {});
        let signed = signed_by(&file, "ab");
        // Signing keeps the digest: the signed file is as consistent as the unsigned one.
        let digest = |text: &str| crate::report::canonical::digest_of_text(text).unwrap();
        assert_eq!(digest(&signed), digest(&file));

        let (_, codes) = fit_with(&file, None);
        assert_eq!(signature_codes(&codes), [FitCode::ProviderReportUnsigned]);
        let (platform, codes) = fit_with(&signed, None);
        let signer = platform.provider_report.as_ref().unwrap().signer.clone().unwrap();
        assert_eq!(signer.state, crate::report::signature::SignatureState::Valid);
        assert_eq!(signature_codes(&codes), [FitCode::ProviderReportSignerNotRecorded]);
        // The fingerprint as typed from the cover, in capitals and with colons.
        let typed = "AB".repeat(32);
        let (platform, codes) = fit_with(&signed, Some(&typed));
        assert_eq!(signature_codes(&codes), [], "{codes:?}");
        assert!(!codes.contains(&FitCode::ProviderReportUntrusted));
        assert_eq!(platform.expected_fingerprint.as_deref(), Some(typed.as_str()), "kept with the platform");
        let (_, codes) = fit_with(&signed_by(&file, "cd"), Some(&typed));
        assert_eq!(signature_codes(&codes), [FitCode::ProviderReportOtherSigner]);

        // Edited after signing, its digest recomputed as anyone can: the signature says so.
        let edited = file.replacen("示例政务云", "另一个云", 1);
        let mut resealed: crate::report::Report = serde_json::from_str(&edited).unwrap();
        let resealed = crate::report::write_report(&mut resealed);
        let moved = {
            let original: serde_json::Value = serde_json::from_str(&signed).unwrap();
            let signature: crate::report::ReportSignature =
                serde_json::from_value(original["signature"].clone()).unwrap();
            crate::report::add_signature(&resealed, &signature).unwrap()
        };
        let (platform, codes) = fit_with(&moved, Some(&typed));
        assert_eq!(platform.provider_report.as_ref().unwrap().trust, Trust::Edited);
        assert_eq!(signature_codes(&codes), [FitCode::ProviderReportSignatureInvalid]);
        assert!(codes.contains(&FitCode::ProviderReportUntrusted));

        // A member that could never hold refuses the file, saying where.
        let hostile = signed.replace("\"algorithm\": \"SM2-SM3\"", "\"algorithm\": \"MD5\"");
        let problem = crate::report::verify::verify_with(hostile.as_bytes(), &Hashes).unwrap_err();
        assert!(problem.describe().render(Lang::En).contains("signature.algorithm"), "{problem:?}");
        let wrong_type = signed.replace("\"algorithm\": \"SM2-SM3\"", "\"algorithm\": 7");
        assert!(matches!(
            crate::report::verify::verify_with(wrong_type.as_bytes(), &Hashes),
            Err(crate::report::LoadProblem::Invalid { .. })
        ));
    }

    #[test]
    fn the_modules_reply_carries_what_was_taken_or_the_problem_in_both_languages() {
        // What the first-use module writes, read back by the app.
        let round_trip = |bytes: &[u8]| {
            let reply = ProviderReportReply::of(read_provider_report(bytes, &crate::report::signature::NotChecked));
            let text = serde_json::to_string(&reply).unwrap();
            serde_json::from_str::<ProviderReportReply>(&text).unwrap().into_read()
        };
        let file = provider_file(|_| {});
        let taken = round_trip(file.as_bytes()).unwrap();
        assert_eq!(taken, take(&verify(file.as_bytes()).unwrap()).unwrap());
        assert_eq!(taken.profile.platform, "示例政务云");

        let agency = crate::report::build_agency_report(
            &crate::work::AgencyWork::default(),
            "2026-12-02T08:00:00Z",
            Date::from_ymd(2026, 12, 2).unwrap(),
        );
        let problem = round_trip(to_canonical_json(&agency).as_bytes()).unwrap_err();
        let expected = Message::new(M::ProviderReportNotProvider);
        for lang in [Lang::ZhCn, Lang::En] {
            assert!(problem.render(lang).ends_with(&expected.render(lang)), "{}", problem.render(lang));
        }
        assert_eq!(problem.render(Lang::ZhCn), "此报告不能用来填写平台：这是党政机关的报告，不是云服务商的自查报告。");
        let broken = round_trip(b"{").unwrap_err();
        assert!(broken.render(Lang::En).ends_with(&verify(b"{").unwrap_err().describe().render(Lang::En)));
        assert!(ProviderReportReply::default().into_read().unwrap_err().render(Lang::ZhCn).contains("no answer"));
    }

    /// The location items a report of `inputs` is asked, as `location` finds them.
    fn location_items(inputs: &ProviderWork) -> Vec<String> {
        let scope = Scope::of(&inputs.profile);
        crate::catalog::builtin()
            .for_audience(crate::catalog::Audience::Provider)
            .into_iter()
            .flat_map(|c| &c.sections)
            .flat_map(|s| &s.items)
            .filter(|item| is_location_item(item) && scope.applies(item))
            .map(|item| item.id.clone())
            .collect()
    }

    fn answering(statuses: impl Fn(usize) -> Option<Status>) -> impl FnOnce(&mut ProviderWork) {
        move |p: &mut ProviderWork| {
            for (n, id) in location_items(p).into_iter().enumerate() {
                if let Some(status) = statuses(n) {
                    p.answers_mut().insert(id, Answer::with_status(status));
                }
            }
        }
    }

    #[test]
    fn the_location_items_are_found_by_what_they_ask() {
        let ids = location_items(&ProviderWork::default());
        let items: Vec<_> = ids.iter().map(|id| crate::catalog::builtin().item(id).unwrap().item).collect();
        assert!(items.iter().any(|i| i.reference.source == "opinion-2014"), "{ids:?}");
        assert!(items.iter().any(|i| i.reference.source == "gbt-22239-2019"), "{ids:?}");
        for item in items {
            assert!(item.question.zh.contains("境内"), "{}: {}", item.id, item.question.zh);
            assert!(
                !item.title.zh.contains("敏感信息"),
                "{}: sensitive information going abroad is not where the platform is",
                item.id
            );
        }
    }

    #[test]
    fn every_location_item_met_in_a_verified_report_puts_the_data_centres_in_china_and_says_so() {
        let file = provider_file(|p| {
            p.profile.data_centres = vec![" 北京 ".into(), "".into(), "贵安".into()];
            answering(|_| Some(Status::Met))(p);
        });
        let verified = verify(file.as_bytes()).unwrap();
        let platform = fill(&Platform::default(), &take(&verified).unwrap());
        assert_eq!(platform.data_centres_in_china, Some(true));
        let summary = platform.provider_report.as_ref().unwrap();
        assert_eq!(summary.data_centres, ["北京", "贵安"], "the profile's places, as written");
        let location = summary.location.as_ref().unwrap();
        assert!(location.in_china && location.taken);
        let said: Vec<_> = location.items.iter().map(|a| (a.item_id.clone(), a.status)).collect();
        let asked = location_items(&ProviderWork::default());
        assert_eq!(said, asked.iter().map(|id| (id.clone(), Status::Met)).collect::<Vec<_>>());
        assert!(!fit_of(&platform).contains(&FitCode::DataCentresUnconfirmed));
    }

    #[test]
    fn one_location_item_not_met_or_partial_means_not_all_in_china_even_over_a_ticked_box() {
        for status in [Status::NotMet, Status::Partial] {
            let file = provider_file(answering(|n| Some(if n == 0 { status } else { Status::Met })));
            let verified = verify(file.as_bytes()).unwrap();
            let ticked = Platform { data_centres_in_china: Some(true), ..Platform::default() };
            let platform = fill(&ticked, &take(&verified).unwrap());
            assert_eq!(platform.data_centres_in_china, Some(false), "{status:?}");
            let location = platform.provider_report.as_ref().unwrap().location.clone().unwrap();
            assert_eq!(location.items.iter().map(|a| a.status).collect::<Vec<_>>(), [status]);
            assert!(fit_of(&platform).contains(&FitCode::DataCentresAbroad));
        }
    }

    #[test]
    fn answers_that_settle_nothing_leave_the_platform_as_it_was() {
        // Nothing answered; or only some items met (one left open).
        for file in [provider_file(|_| {}), provider_file(answering(|n| (n > 0).then_some(Status::Met)))] {
            let verified = verify(file.as_bytes()).unwrap();
            for before in [None, Some(true), Some(false)] {
                let platform =
                    fill(&Platform { data_centres_in_china: before, ..Platform::default() }, &take(&verified).unwrap());
                assert_eq!(platform.data_centres_in_china, before);
                assert_eq!(platform.provider_report.as_ref().unwrap().location, None);
            }
        }
    }

    #[test]
    fn an_edited_report_cannot_vouch_that_all_are_in_china_but_its_no_is_still_heard() {
        let met = provider_file(answering(|_| Some(Status::Met))).replacen("示例政务云", "另一个云", 1);
        let verified = verify(met.as_bytes()).unwrap();
        let platform = fill(&Platform::default(), &take(&verified).unwrap());
        assert_eq!(platform.data_centres_in_china, None, "not taken from an edited report");
        let location = platform.provider_report.as_ref().unwrap().location.clone().unwrap();
        assert!(location.in_china && !location.taken);
        assert!(fit_of(&platform).contains(&FitCode::DataCentresUnconfirmed));

        let not_met = provider_file(answering(|_| Some(Status::NotMet))).replacen("示例政务云", "另一个云", 1);
        let verified = verify(not_met.as_bytes()).unwrap();
        let platform =
            fill(&Platform { data_centres_in_china: Some(true), ..Platform::default() }, &take(&verified).unwrap());
        assert_eq!(platform.data_centres_in_china, Some(false));
    }
}
