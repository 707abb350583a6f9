//! The agency's assessment: who assessed, the verdicts counted, each workload's verdict
//! with its reasons and where its platform does not fit, the candidate platforms, the
//! digest and the signature block.

use selfcheck_core::agency::{rule_texts, Verdict};
use selfcheck_core::messages::{fill_in, terms};
use selfcheck_core::profile::CapabilityTier;
use selfcheck_core::report::{AgencyReport, Report};
use selfcheck_core::Lang;

use crate::layout::Doc;
use crate::provider::digest;
use crate::texts::D;
use crate::DocxProblem;

pub fn report(report: &Report, a: &AgencyReport, lang: Lang) -> Result<Vec<u8>, DocxProblem> {
    let mut doc = Doc::new(lang);
    doc.title(D::TitleAgency.text(lang));
    let profile = &a.profile;
    doc.byline(D::Unit.text(lang), &profile.unit);
    doc.byline(D::Department.text(lang), &profile.department);
    doc.byline(D::Contact.text(lang), &profile.contact);
    doc.byline(D::AssessedOn.text(lang), &profile.date.map(|d| d.to_string()).unwrap_or_default());
    doc.byline(D::ReportDate.text(lang), &report.as_of.to_string());

    doc.heading(D::HeadingVerdicts.text(lang));
    doc.para(&fill_in(D::WorkloadsCounted.text(lang), &[("count", &a.workloads.len().to_string())]));
    let c = &a.verdict_counts;
    let counts: Vec<(&str, String)> = [
        (Verdict::Prohibited, c.prohibited),
        (Verdict::NotSuitable, c.not_suitable),
        (Verdict::Ungraded, c.ungraded),
        (Verdict::Conditional, c.conditional),
        (Verdict::Eligible, c.eligible),
    ]
    .into_iter()
    .map(|(verdict, count)| (terms::verdict(verdict).text(lang), count.to_string()))
    .collect();
    doc.facts(&counts);

    if !a.workloads.is_empty() {
        doc.heading(D::HeadingWorkloads.text(lang));
        let lines: Vec<Vec<String>> = a
            .workloads
            .iter()
            .map(|w| {
                let name = if w.workload.name.trim().is_empty() {
                    D::Unnamed.text(lang).to_string()
                } else {
                    w.workload.name.clone()
                };
                let reasons: Vec<&str> = w.reasons.iter().map(|r| rule_texts(r.code()).text.get(lang)).collect();
                let fit: Vec<&str> =
                    w.platform_fit.iter().flatten().map(|g| rule_texts(g.code.code()).text.get(lang)).collect();
                vec![name, terms::verdict(w.verdict).text(lang).to_string(), reasons.join("\n"), fit.join("\n")]
            })
            .collect();
        doc.table(
            &[
                (D::Workload.text(lang), 20),
                (D::Verdict.text(lang), 20),
                (D::Reasons.text(lang), 32),
                (D::FitGaps.text(lang), 28),
            ],
            &lines,
        );
    }

    if !a.platforms.is_empty() {
        doc.heading(D::HeadingPlatforms.text(lang));
        let lines: Vec<Vec<String>> = a
            .platforms
            .iter()
            .map(|p| {
                vec![
                    p.name.clone(),
                    p.provider.clone(),
                    p.tier.map(|t| tier_name(t, lang)).unwrap_or_default().to_string(),
                    p.mlps_level.map(|l| l.to_string()).unwrap_or_default(),
                    p.result_published.map(|d| d.to_string()).unwrap_or_default(),
                ]
            })
            .collect();
        doc.table(
            &[
                (D::PlatformName.text(lang), 26),
                (D::Provider.text(lang), 24),
                (D::Tier.text(lang), 14),
                (D::MlpsLevel.text(lang), 14),
                (D::ResultPublished.text(lang), 22),
            ],
            &lines,
        );
    }

    digest(&mut doc, report);
    doc.sign_off(D::StatementAgency.text(lang));
    doc.finish()
}

fn tier_name(tier: CapabilityTier, lang: Lang) -> &'static str {
    match tier {
        CapabilityTier::General => D::TierGeneral,
        CapabilityTier::Enhanced => D::TierEnhanced,
    }
    .text(lang)
}
