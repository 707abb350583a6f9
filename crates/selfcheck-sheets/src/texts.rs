//! The words a workbook is written with, in both languages (the core's table macro).
//! Statuses, severities, verdicts and gap columns come from the core's own table.

selfcheck_core::localized_table! {
    /// A label of the workbooks.
    W {
        SheetOverview { zh: "概览", en: "Overview" }
        SheetGaps { zh: "差距", en: "Gaps" }
        SheetVerdicts { zh: "结论", en: "Verdicts" }
        SheetInventory { zh: "清单", en: "Inventory" }
        SheetPlatforms { zh: "候选平台", en: "Platforms" }
        SheetObligations { zh: "义务", en: "Obligations" }
        SheetQuestionnaire { zh: "问卷", en: "Questionnaire" }
        SheetAbout { zh: "说明", en: "About" }

        TitleProvider { zh: "云服务商安全自查", en: "Cloud service provider self-check" }
        TitleAgency { zh: "党政机关上云分类自查", en: "Agency workload classification" }
        TitleQuestionnaire { zh: "自查问卷", en: "Self-check questionnaire" }
        Provider { zh: "云服务商", en: "Provider" }
        Platform { zh: "云平台", en: "Platform" }
        ServiceModels { zh: "服务模式", en: "Service models" }
        Tier { zh: "能力级别", en: "Capability tier" }
        TierGeneral { zh: "一般级", en: "General" }
        TierEnhanced { zh: "增强级", en: "Enhanced" }
        MlpsLevel { zh: "等保级别", en: "MLPS level" }
        GeneratedAt { zh: "生成时间", en: "Generated at" }
        AsOf { zh: "计算日期", en: "As of" }
        ToolVersion { zh: "工具版本", en: "Tool version" }
        Digest { zh: "报告摘要（JSON 文件）", en: "Report digest (JSON file)" }
        OverallStatus { zh: "总体状态", en: "Overall status" }
        Readiness { zh: "就绪度（%）", en: "Readiness (%)" }
        Catalog { zh: "清单", en: "Catalog" }
        Area { zh: "领域", en: "Area" }
        Met { zh: "达标", en: "Met" }
        Partial { zh: "部分达标", en: "Partial" }
        NotMet { zh: "未达标", en: "Not met" }
        NotApplicable { zh: "不适用", en: "N/A" }
        Unanswered { zh: "未作答", en: "Unanswered" }
        OutOfScope { zh: "不在适用范围", en: "Out of scope" }
        Deadlines { zh: "期限", en: "Deadlines" }
        ExpiresOn { zh: "评估结果失效日", en: "Result expires on" }
        ApplyBy { zh: "复评申请截止日", en: "Apply for re-assessment by" }
        ExitNoticeBy { zh: "退出通知截止日", en: "Notify end of service by" }
        Alert { zh: "提醒", en: "Alert" }
        AlertExpired { zh: "评估结果已失效", en: "The result has expired" }
        AlertReassessmentOverdue { zh: "已过复评申请截止日", en: "The re-assessment deadline has passed" }
        AlertReassessmentSoon { zh: "复评申请截止日临近", en: "The re-assessment deadline is near" }
        AlertNewAssessment { zh: "计划的变更需要重新评估", en: "The planned change needs a new assessment" }
        AlertExitOverdue { zh: "已过退出通知截止日", en: "The exit notice date has passed" }
        AlertExitSoon { zh: "退出通知截止日临近", en: "The exit notice date is near" }

        Id { zh: "编号", en: "Id" }
        Section { zh: "章节", en: "Section" }
        Title { zh: "检查项", en: "Title" }
        Question { zh: "检查内容", en: "Question" }
        Reference { zh: "依据", en: "Reference" }
        Weight { zh: "权重", en: "Weight" }
        RedLine { zh: "红线", en: "Red line" }
        Status { zh: "状态", en: "Status" }
        Justification { zh: "不适用理由", en: "Justification" }
        Note { zh: "说明", en: "Note" }
        Evidence { zh: "证据", en: "Evidence" }
        Owner { zh: "负责人", en: "Owner" }
        TargetDate { zh: "整改日期", en: "Target date" }
        AnsweredBy { zh: "作答人", en: "Answered by" }
        AnsweredAt { zh: "作答时间", en: "Answered at" }
        Yes { zh: "是", en: "yes" }
        No { zh: "否", en: "no" }

        Workload { zh: "业务系统", en: "Workload" }
        Verdict { zh: "结论", en: "Verdict" }
        Reasons { zh: "理由", en: "Reasons" }
        RecommendedTier { zh: "建议能力级别", en: "Recommended tier" }
        PlatformFit { zh: "平台适配问题", en: "Platform fit gaps" }
        ObligationsReadiness { zh: "义务就绪度（%）", en: "Obligations readiness (%)" }

        IssuedTo { zh: "答卷人", en: "For" }
        IssuedBy { zh: "发放人", en: "Issued by" }
        IssuedAt { zh: "发放时间", en: "Issued at" }
        HowToFill {
            zh: "请在“问卷”表中逐项选择“状态”，并填写说明、证据等；不要修改“检查项编号”列。填好后保存为 .xlsx 交回，由牵头人在“合并”中载入。",
            en: "In the Questionnaire sheet choose a Status for each item and fill in the note, evidence and so on; do not change the item column. Save as .xlsx and return it: the lead loads it under Merge."
        }
        StatusPrompt { zh: "请选择作答状态", en: "Choose a status" }
    }
}

#[cfg(test)]
mod tests {
    use super::W;

    #[test]
    fn every_word_exists_in_both_languages_with_the_same_placeholders() {
        assert_eq!(W::problems(), Vec::<String>::new());
    }
}
