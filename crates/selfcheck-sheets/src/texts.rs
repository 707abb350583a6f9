//! The words a workbook is written with, in both languages (the core's table macro).
//! A word other tables use too (a status, a column's name, a tier) is the core's term,
//! referred to; the names of a status, a severity and a verdict in a cell are the core's
//! (`messages::terms`).

use selfcheck_core::messages::Term;

selfcheck_core::localized_table! {
    /// A label of the workbooks.
    W {
        SheetOverview { zh: "概览", en: "Overview" }
        SheetGaps { term: Term::Gaps }
        SheetVerdicts { zh: Term::Verdict, en: "Verdicts" }
        SheetInventory { zh: "清单", en: "Inventory" }
        SheetPlatforms { zh: Term::CandidatePlatform, en: "Platforms" }
        SheetObligations { zh: "义务", en: "Obligations" }
        SheetQuestionnaire { zh: "问卷", en: "Questionnaire" }
        SheetAbout { zh: "说明", en: "About" }

        TitleProvider { zh: "云服务商安全自查", en: "Cloud service provider self-check" }
        TitleAgency { zh: "党政机关上云分类自查", en: "Agency workload classification" }
        TitleQuestionnaire { zh: "自查问卷", en: "Self-check questionnaire" }
        Provider { term: Term::Provider }
        Platform { term: Term::Platform }
        ServiceModels { term: Term::ServiceModels }
        Tier { term: Term::Tier }
        TierGeneral { term: Term::TierGeneral }
        TierEnhanced { term: Term::TierEnhanced }
        MlpsLevel { term: Term::MlpsLevel }
        GeneratedAt { term: Term::GeneratedAt }
        AsOf { zh: "计算日期", en: "As of" }
        ToolVersion { term: Term::ToolVersion }
        Digest { zh: "报告摘要（JSON 文件）", en: "Report digest (JSON file)" }
        OverallStatus { term: Term::OverallStatus }
        Readiness { zh: "就绪度（%）", en: "Readiness (%)" }
        Coverage { zh: "覆盖率（%）", en: "Coverage (%)" }
        AnsweredReadiness { zh: "已答项就绪度（%）", en: "Readiness of what is answered (%)" }
        Catalog { term: Term::Catalog }
        Area { term: Term::Area }
        Met { term: Term::StatusMet }
        Partial { term: Term::StatusPartial }
        NotMet { term: Term::StatusNotMet }
        NotApplicable { term: Term::StatusNotApplicable }
        Unanswered { term: Term::Unanswered }
        OutOfScope { zh: "不在适用范围", en: "Out of scope" }
        Deadlines { term: Term::Deadlines }
        ExpiresOn { term: Term::ExpiresOn }
        ApplyBy { term: Term::ApplyBy }
        ExitNoticeBy { term: Term::ExitNoticeBy }
        Alert { zh: "提醒", en: "Alert" }
        AlertExpired { term: Term::AlertExpired }
        AlertReassessmentOverdue { term: Term::AlertReassessmentOverdue }
        AlertReassessmentSoon { term: Term::AlertReassessmentSoon }
        AlertNewAssessment { term: Term::AlertNewAssessment }
        AlertExitOverdue { term: Term::AlertExitOverdue }
        AlertExitSoon { term: Term::AlertExitSoon }

        // An item's columns. 说明, 整改日期 and 作答人 are not the app's words (备注, 目标日期,
        // 答复人) but the questionnaire sheet's headers, which its reader accepts
        // (`team::questionnaire_sheet`), so the workbooks read alike; 作答时间 goes with 作答人.
        Id { term: Term::Id }
        Section { zh: "章节", en: "Section" }
        // The column of the items' titles: 检查项 in Chinese, as the questionnaire's.
        Title { zh: Term::Item, en: "Title" }
        Question { zh: "检查内容", en: "Question" }
        Reference { term: Term::Source }
        Weight { zh: "权重", en: "Weight" }
        RedLine { term: Term::RedLine }
        Status { term: Term::Status }
        Note { zh: "说明", en: "Note" }
        Evidence { zh: "证据", en: "Evidence" }
        Owner { term: Term::Owner }
        TargetDate { zh: "整改日期", en: "Target date" }
        AnsweredBy { zh: "作答人", en: "Answered by" }
        AnsweredAt { zh: "作答时间", en: "Answered at" }
        CarriedFrom { zh: "答复带入自（等同项）", en: "Carried from (equal item)" }
        Yes { term: Term::Yes }
        No { zh: "否", en: "no" }

        Workload { term: Term::Workload }
        Verdict { term: Term::Verdict }
        Reasons { term: Term::Reasons }
        RecommendedTier { zh: "建议能力级别", en: "Recommended tier" }
        PlatformFit { zh: "平台适配问题", en: "Platform fit gaps" }
        ObligationsReadiness { zh: "义务就绪度（%）", en: "Obligations readiness (%)" }

        IssuedTo { zh: "答卷人", en: "For" }
        Instructions { term: Term::SenderInstructions }
        IssuedBy { zh: "发放人", en: "Issued by" }
        IssuedAt { zh: "发放时间", en: "Issued at" }
        HowToFill {
            zh: "请在“问卷”表中逐项选择“状态”，并填写说明、证据等；不要修改“检查项编号”列。填好后保存为 .xlsx 交回，由牵头人在“合并”中载入。",
            en: "In the Questionnaire sheet choose a Status for each item and fill in the note, evidence and so on; do not change the item column. Save as .xlsx and return it: the lead loads it under Merge."
        }
        // A printed page's footer: &P is the page's number, &N the number of pages.
        PageOf { zh: "第 &P 页，共 &N 页", en: "Page &P of &N" }
        StatusPrompt { zh: "请选择作答状态", en: "Choose a status" }
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
