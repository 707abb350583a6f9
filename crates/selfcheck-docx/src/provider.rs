//! The provider's documents: the self-check report (headline, figures, readiness by
//! catalog and area, deadlines, every gap, the items declared not applicable, the
//! digest, the signature block) and the remediation plan (every gap to track).

use selfcheck_core::catalog::{loaded, Catalog, ItemKind};
use selfcheck_core::deadlines::DeadlineAlert;
use selfcheck_core::messages::{fill_in, terms};
use selfcheck_core::profile::CapabilityTier;
use selfcheck_core::report::{ProviderReport, Report, ReportGap};
use selfcheck_core::scoring::{percent, Tally};
use selfcheck_core::{Lang, Status};

use crate::layout::Doc;
use crate::texts::D;
use crate::DocxProblem;

pub fn report(report: &Report, p: &ProviderReport, lang: Lang) -> Result<Vec<u8>, DocxProblem> {
    let mut doc = Doc::new(lang);
    head(&mut doc, D::TitleReport, report, p);
    let catalogs = &p.work.catalogs;
    let overall = &p.summary.overall.tally;

    doc.heading(D::HeadingResult.text(lang));
    doc.strong(&status_line(p, lang));
    let red_lines: Vec<&ReportGap> = p.gaps.iter().filter(|g| g.gating).collect();
    let mut red = red_lines.len().to_string();
    if !red_lines.is_empty() {
        let named: Vec<String> = red_lines.iter().map(|g| item_name(g, lang)).collect();
        let (open, sep, close) = punctuation(lang);
        red = format!("{red}{open}{}{close}", named.join(sep));
    }
    let profile = &p.work.profile;
    let mut facts = vec![
        (D::Readiness.text(lang), percent(overall.score())),
        (D::Coverage.text(lang), terms::coverage_text(overall, lang)),
        (D::AnsweredReadiness.text(lang), percent(overall.answered_score())),
        (D::RedLinesNotMet.text(lang), red),
    ];
    if let Some(tier) = profile.tier {
        facts.push((D::Tier.text(lang), tier_name(tier, lang).to_string()));
    }
    if let Some(level) = profile.mlps_level {
        facts.push((D::MlpsLevel.text(lang), level.to_string()));
    }
    doc.facts(&facts);

    doc.heading(D::HeadingReadiness.text(lang));
    let mut lines = Vec::new();
    for c in &p.summary.catalogs {
        let title = loaded::find_catalog(catalogs, &c.catalog_id)
            .map_or_else(|| c.catalog_id.clone(), |k| k.title.get(lang).to_string());
        lines.push(readiness_line(title, &c.score.tally, lang));
        for area in c.areas.iter().filter(|a| a.score.tally.applicable() > 0) {
            lines.push(readiness_line(format!("\u{3000}{}", area.title.get(lang)), &area.score.tally, lang));
        }
    }
    doc.table(
        &[
            (D::CatalogOrArea.text(lang), 40),
            (D::Readiness.text(lang), 17),
            (D::Coverage.text(lang), 26),
            (D::AnsweredReadiness.text(lang), 17),
        ],
        &lines,
    );

    deadlines(&mut doc, p);

    doc.heading(D::HeadingGaps.text(lang));
    if p.gaps.is_empty() {
        doc.para(D::NoGaps.text(lang));
    } else {
        doc.para(&fill_in(D::GapsCounted.text(lang), &[("count", &p.gaps.len().to_string())]));
        let lines: Vec<Vec<String>> = p
            .gaps
            .iter()
            .map(|g| {
                vec![
                    loaded::local_id(&g.item_id).to_string(),
                    g.title.get(lang).to_string(),
                    terms::severity(g.severity).text(lang).to_string(),
                    status_name(catalogs, g, lang).to_string(),
                    g.owner.clone(),
                    g.target_date.map(|d| d.to_string()).unwrap_or_default(),
                    g.note.clone(),
                ]
            })
            .collect();
        doc.table(
            &[
                (D::Id.text(lang), 14),
                (D::Item.text(lang), 20),
                // 12: at 10 the four characters of 严重程度 wrapped, two a line.
                (D::Severity.text(lang), 12),
                (D::Status.text(lang), 12),
                (D::Owner.text(lang), 13),
                (D::TargetDate.text(lang), 14),
                (D::Note.text(lang), 15),
            ],
            &lines,
        );
    }

    let not_applicable: Vec<Vec<String>> = p
        .work
        .answers
        .iter()
        .filter(|(_, a)| a.effective_status() == Some(Status::NotApplicable))
        .map(|(id, a)| {
            let title =
                loaded::find_item(catalogs, id).map_or_else(String::new, |r| r.item.title.get(lang).to_string());
            vec![loaded::local_id(id).to_string(), title, a.details().justification.clone()]
        })
        .collect();
    if !not_applicable.is_empty() {
        doc.heading(D::HeadingNotApplicable.text(lang));
        doc.table(
            &[(D::Id.text(lang), 12), (D::Item.text(lang), 38), (D::Justification.text(lang), 50)],
            &not_applicable,
        );
    }

    digest(&mut doc, report);
    doc.sign_off(D::StatementReport.text(lang));
    doc.finish()
}

pub fn plan(report: &Report, p: &ProviderReport, lang: Lang) -> Result<Vec<u8>, DocxProblem> {
    let mut doc = Doc::new(lang);
    head(&mut doc, D::TitlePlan, report, p);
    doc.para(D::PlanIntro.text(lang));
    if p.gaps.is_empty() {
        doc.para(D::NoGaps.text(lang));
    } else {
        doc.para(&fill_in(D::GapsCounted.text(lang), &[("count", &p.gaps.len().to_string())]));
        let lines: Vec<Vec<String>> = p
            .gaps
            .iter()
            .map(|g| {
                vec![
                    item_name(g, lang),
                    terms::severity(g.severity).text(lang).to_string(),
                    g.owner.clone(),
                    g.target_date.map(|d| d.to_string()).unwrap_or_default(),
                    status_name(&p.work.catalogs, g, lang).to_string(),
                    g.note.clone(),
                ]
            })
            .collect();
        doc.table(
            &[
                (D::Item.text(lang), 28),
                // 12: at 10 the four characters of 严重程度 wrapped, two a line.
                (D::Severity.text(lang), 12),
                (D::Owner.text(lang), 14),
                (D::TargetDate.text(lang), 14),
                (D::Status.text(lang), 12),
                (D::Note.text(lang), 20),
            ],
            &lines,
        );
    }
    doc.sign_off(D::StatementPlan.text(lang));
    doc.finish()
}

/// The title and who the document is about.
fn head(doc: &mut Doc, title: D, report: &Report, p: &ProviderReport) {
    let lang = doc.lang();
    let profile = &p.work.profile;
    doc.title(title.text(lang));
    doc.byline(D::Provider.text(lang), &profile.provider);
    doc.byline(D::Platform.text(lang), &profile.platform);
    doc.byline(D::ReportDate.text(lang), &report.as_of.to_string());
}

/// The dates that follow from the profile and their alerts; nothing when there are none.
fn deadlines(doc: &mut Doc, p: &ProviderReport) {
    let lang = doc.lang();
    let d = &p.deadlines;
    let dates: Vec<(&str, String)> =
        [(D::ExpiresOn, d.expires_on), (D::ApplyBy, d.reassessment_apply_by), (D::ExitNoticeBy, d.exit_notice_by)]
            .into_iter()
            .filter_map(|(label, date)| Some((label.text(lang), date?.to_string())))
            .collect();
    if dates.is_empty() && d.alerts.is_empty() {
        return;
    }
    doc.heading(D::HeadingDeadlines.text(lang));
    doc.facts(&dates);
    for alert in &d.alerts {
        let (text, day) = alert_text(alert);
        doc.strong(&format!("{} · {day}", text.text(lang)));
    }
}

fn alert_text(alert: &DeadlineAlert) -> (D, String) {
    match alert {
        DeadlineAlert::Expired { expired_on } => (D::AlertExpired, expired_on.to_string()),
        DeadlineAlert::ReassessmentOverdue { apply_by } => (D::AlertReassessmentOverdue, apply_by.to_string()),
        DeadlineAlert::ReassessmentSoon { apply_by, .. } => (D::AlertReassessmentSoon, apply_by.to_string()),
        DeadlineAlert::NewAssessmentRequired { change_on } => (D::AlertNewAssessment, change_on.to_string()),
        DeadlineAlert::ExitNoticeOverdue { notify_by } => (D::AlertExitOverdue, notify_by.to_string()),
        DeadlineAlert::ExitNoticeSoon { notify_by, .. } => (D::AlertExitSoon, notify_by.to_string()),
    }
}

/// The report's digest and how anyone recomputes it without our tools.
pub fn digest(doc: &mut Doc, report: &Report) {
    let lang = doc.lang();
    doc.heading(D::HeadingDigest.text(lang));
    doc.facts(&[
        (D::GeneratedAt.text(lang), report.generated_at.clone()),
        (D::ToolVersion.text(lang), report.tool_version.clone()),
    ]);
    doc.code(D::Digest.text(lang), &report.digest);
    doc.para(D::DigestHowTo.text(lang));
}

/// "Overall status: 136 项未作答 · 未就绪".
fn status_line(p: &ProviderReport, lang: Lang) -> String {
    let colon = if lang == Lang::ZhCn { "：" } else { ": " };
    let line = terms::status_headline(p.summary.status, &p.summary.overall.tally, lang);
    format!("{}{colon}{line}", D::OverallStatus.text(lang))
}

fn readiness_line(title: String, tally: &Tally, lang: Lang) -> Vec<String> {
    vec![title, percent(tally.score()), terms::coverage_text(tally, lang), percent(tally.answered_score())]
}

/// "1.2 数据中心位于境内": the item's id and title.
fn item_name(gap: &ReportGap, lang: Lang) -> String {
    format!("{} {}", loaded::local_id(&gap.item_id), gap.title.get(lang))
}

/// A status in the words of the item's kind (达标 or 已就绪).
fn status_name(catalogs: &[Catalog], gap: &ReportGap, lang: Lang) -> &'static str {
    let kind = loaded::find_item(catalogs, &gap.item_id).map_or(ItemKind::Compliance, |r| r.item.kind);
    terms::status(kind, gap.status).text(lang)
}

fn tier_name(tier: CapabilityTier, lang: Lang) -> &'static str {
    match tier {
        CapabilityTier::General => D::TierGeneral,
        CapabilityTier::Enhanced => D::TierEnhanced,
    }
    .text(lang)
}

/// Brackets and the list separator of `lang`.
pub fn punctuation(lang: Lang) -> (&'static str, &'static str, &'static str) {
    match lang {
        Lang::ZhCn => ("（", "；", "）"),
        Lang::En => (" (", "; ", ")"),
    }
}
