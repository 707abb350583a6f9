//! The words a Word document is written with, in both languages (the core's table macro).
//! A word the printout, the workbooks or the app use too is the core's term, referred to;
//! statuses, severities and verdicts are named by the core (`messages::terms`).

use selfcheck_core::messages::Term;

selfcheck_core::localized_table! {
    /// A label of the Word documents.
    D {
        TitleReport { term: Term::SelfCheckReportTitle }
        TitlePlan { zh: "云计算服务安全整改计划", en: "Cloud Computing Service Security Remediation Plan" }
        TitleAgency { term: Term::AgencyReportTitle }

        Provider { term: Term::Provider }
        Platform { term: Term::Platform }
        ReportDate { term: Term::ReportDate }
        Tier { term: Term::Tier }
        MlpsLevel { term: Term::MlpsLevel }
        TierGeneral { term: Term::TierGeneral }
        TierEnhanced { term: Term::TierEnhanced }
        Unit { term: Term::AgencyUnit }
        Department { term: Term::AgencyDepartment }
        Contact { term: Term::AgencyContact }
        AssessedOn { term: Term::AgencyDate }

        HeadingResult { zh: "总体结论", en: "Overall result" }
        HeadingReadiness { zh: "分清单与领域的就绪度", en: "Readiness by catalog and area" }
        HeadingDeadlines { term: Term::Deadlines }
        HeadingGaps { term: Term::Gaps }
        HeadingNotApplicable { zh: "声明不适用的检查项", en: "Items declared not applicable" }
        HeadingDigest { zh: "报告摘要及其核验", en: "The digest and how to check it" }
        HeadingVerdicts { zh: "分类结论统计", en: "Verdicts counted" }
        HeadingWorkloads { zh: "各业务系统的结论", en: "Each workload's verdict" }
        HeadingPlatforms { zh: Term::CandidatePlatform, en: "Candidate platforms" }
        HeadingSignOff { term: Term::SignOff }

        OverallStatus { term: Term::OverallStatus }
        Readiness { term: Term::OverallReadiness }
        Coverage { term: Term::Coverage }
        AnsweredReadiness { term: Term::AnsweredReadiness }
        RedLinesNotMet { term: Term::RedLinesNotMet }
        CatalogOrArea { zh: "清单或领域", en: "Catalog or area" }
        ExpiresOn { term: Term::ExpiresOn }
        ApplyBy { term: Term::ApplyBy }
        ExitNoticeBy { term: Term::ExitNoticeBy }
        AlertExpired { term: Term::AlertExpired }
        AlertReassessmentOverdue { term: Term::AlertReassessmentOverdue }
        AlertReassessmentSoon { term: Term::AlertReassessmentSoon }
        AlertNewAssessment { term: Term::AlertNewAssessment }
        AlertExitOverdue { term: Term::AlertExitOverdue }
        AlertExitSoon { term: Term::AlertExitSoon }

        Id { term: Term::Id }
        Item { term: Term::Item }
        Severity { term: Term::Severity }
        Status { term: Term::Status }
        Owner { term: Term::Owner }
        TargetDate { term: Term::TargetDate }
        Note { term: Term::Note }
        Justification { term: Term::Justification }
        GapsCounted { zh: "共 {count} 项差距，按严重程度由高到低排列。", en: "{count} gaps, the most severe first." }
        NoGaps { zh: "没有差距：已作答的适用项均已满足。", en: "No gaps: every answered applicable item is met." }
        PlanIntro {
            zh: "下表列出自查发现的全部差距，逐项明确负责人和目标日期，作为整改跟踪的依据。",
            en: "The table lists every gap the self-check found, each with its owner and target date, to track the remediation by."
        }

        Workload { term: Term::Workload }
        Verdict { term: Term::Verdict }
        Reasons { term: Term::Reasons }
        FitGaps { zh: "与平台的不相适应之处", en: "Where the platform does not fit" }
        WorkloadsCounted { zh: "共评估 {count} 个业务系统。", en: "{count} workloads assessed." }
        Unnamed { zh: "（未命名业务系统）", en: "(workload without a name)" }
        PlatformName { term: Term::Name }
        ResultPublished { term: Term::ResultPublished }

        GeneratedAt { term: Term::GeneratedAt }
        ToolVersion { term: Term::ToolVersion }
        Digest { term: Term::ReportDigest }
        DigestHowTo { term: Term::DigestHowTo }
        StatementReport { term: Term::SignOffStatement }
        StatementPlan { zh: "本单位将按上表落实整改，并跟踪至全部完成。", en: "The unit will carry out the remediation above and follow it to the end." }
        StatementAgency { zh: "本单位对上述评估内容的真实性负责。", en: "The unit is responsible for the truth of this assessment." }
        SignPerson { term: Term::SignPerson }
        SignSeal { term: Term::SignSeal }
        SignDate { term: Term::SignDate }

        PlanOfAgency {
            zh: "整改计划只能由云服务商的自查报告生成，这份是党政机关的评估报告。",
            en: "A remediation plan is made from a provider's self-check report; this is an agency's assessment."
        }
        NoPartOfRole { zh: "报告中没有其角色对应的内容。", en: "The report has no part for its role." }
        WriteFailed { zh: "Word 文档未能写出：{reason}", en: "The Word document could not be written: {reason}" }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_word_exists_in_both_languages_with_the_same_placeholders() {
        // This table alone; the test over every table of the product is the app's (`i18n`).
        let problems = selfcheck_core::messages::table_problems(&[crate::text_table()], &[]);
        assert_eq!(problems, Vec::<String>::new());
    }
}
