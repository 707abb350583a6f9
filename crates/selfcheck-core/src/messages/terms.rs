//! The words several tables share, defined once (`Term`), and how domain values are named
//! wherever a person reads them (the app, exports, the CLI).
//!
//! A word that more than one table needs (the core's messages, the app's UI, the
//! workbooks', the CLI's) is a term here, and the tables' entries refer to it
//! (`localized_table!`): `{ term: Term::Owner }` as it is, or `{ zh: Term::Owner, en: "owner" }`
//! for the English form one place needs. The test over every table (in the app, which
//! sees them all: `messages::table_problems`) fails on a word written in two tables.

use crate::agency::Verdict;
use crate::catalog::ItemKind;
use crate::scoring::{OverallStatus, Severity, Tally};
use crate::{Lang, Status};

crate::localized_table! {
    /// A word several tables share. Its English is the form a heading or a label uses.
    Term {
        // A status's name (`status`): requirements are met, documents are ready.
        StatusMet { zh: "达标", en: "Met" }
        StatusPartial { zh: "部分达标", en: "Partially met" }
        StatusNotMet { zh: "未达标", en: "Not met" }
        StatusNotApplicable { zh: "不适用", en: "Not applicable" }
        MaterialReady { zh: "已就绪", en: "Ready" }
        MaterialDrafting { zh: "编写中", en: "Drafting" }
        MaterialNotStarted { zh: "未开始", en: "Not started" }
        Unanswered { zh: "未作答", en: "Unanswered" }

        // A gap's severity (`severity`); a red line is also what an item that decides is called.
        RedLine { zh: "红线", en: "Red line" }
        SeverityHigh { zh: "高", en: "High" }
        SeverityMedium { zh: "中", en: "Medium" }
        SeverityLow { zh: "低", en: "Low" }

        // A workload's verdict (`verdict`) and the provider's overall status (`overall`).
        VerdictProhibited { zh: "不得使用社会化云计算服务", en: "Not to be moved to a socialised cloud service" }
        VerdictNotSuitable { zh: "不宜使用社会化云计算服务", en: "Not suited to a socialised cloud service" }
        VerdictUngraded { zh: "待定级：先定级和分类", en: "Grade and classify first" }
        VerdictConditional { zh: "满足条件后方可使用社会化云计算服务", en: "A socialised cloud service only once its conditions are met" }
        VerdictEligible { zh: "可以使用社会化云计算服务", en: "May use a socialised cloud service" }
        OverallNotReady { zh: "未就绪：存在未满足的红线项", en: "Not ready: a red-line item is not met" }
        OverallIncomplete { zh: "未完成：仍有未作答的检查项", en: "Incomplete: some items are unanswered" }
        OverallGapsRemaining { zh: "尚有差距：已全部作答，部分项未完全满足", en: "Gaps remain: all answered, some items not fully met" }
        OverallReady { zh: "已就绪：所有适用项均已满足", en: "Ready: every applicable item is met" }

        // The capability tiers (GB/T 31168).
        TierGeneral { zh: "一般级", en: "General" }
        TierEnhanced { zh: "增强级", en: "Enhanced" }

        // Who and what the work is about.
        Provider { zh: "云服务商", en: "Provider" }
        PartyGovernment { zh: "党政机关", en: "Party/government bodies" }
        Workload { zh: "业务系统", en: "Workload" }
        CandidatePlatform { zh: "候选平台", en: "Platform" }
        ServiceModels { zh: "服务模式", en: "Service models" }

        // A checklist and its answers.
        Catalog { zh: "清单", en: "Catalog" }
        Area { zh: "领域", en: "Area" }
        Item { zh: "检查项", en: "Item" }
        Id { zh: "编号", en: "Id" }
        Source { zh: "依据", en: "Source" }
        Answer { zh: "答复", en: "Answer" }
        Status { zh: "状态", en: "Status" }
        Severity { zh: "严重程度", en: "Severity" }
        Note { zh: "备注", en: "Note" }
        Owner { zh: "负责人", en: "Owner" }
        TargetDate { zh: "目标日期", en: "Target date" }
        AnsweredBy { zh: "答复人", en: "Answered by" }
        SenderInstructions { zh: "发出人的说明", en: "Instructions" }
        AnsweredAt { zh: "答复时间", en: "Answered at" }
        Gaps { zh: "差距", en: "Gaps" }
        Deadlines { zh: "期限", en: "Deadlines" }
        OverallStatus { zh: "总体状态", en: "Overall status" }
        OverallReadiness { zh: "总体就绪度", en: "Overall readiness" }
        Justification { zh: "不适用理由", en: "Why it does not apply" }
        /// The status headline's lead while items are unanswered.
        UnansweredLead { zh: "{count} 项未作答", en: "{count} unanswered" }
        Verdict { zh: "结论", en: "Verdict" }
        Reasons { zh: "理由", en: "Reasons" }

        // A report as a file, and two compared.
        GeneratedAt { zh: "生成时间", en: "Generated at" }
        ToolVersion { zh: "工具版本", en: "Tool version" }
        Before { zh: "之前", en: "Before" }
        Change { zh: "变化", en: "Change" }
        Remove { zh: "移除", en: "Remove" }
        Yes { zh: "是", en: "yes" }

        // The documents people sign (the printout, the workbooks, the Word documents): their
        // titles, figures, dates and the signature block.
        SelfCheckReportTitle { zh: "云计算服务安全自查报告", en: "Cloud Computing Service Security Self-Check Report" }
        AgencyReportTitle { zh: "党政机关业务系统上云评估报告", en: "Agency Assessment of Workloads Before Moving to a Cloud" }
        Coverage { zh: "覆盖率", en: "Coverage" }
        CoverageDetail { zh: "已答 {answered} / 适用 {applicable} 项", en: "{answered} of {applicable} applicable items answered" }
        AnsweredReadiness { zh: "已答项就绪度", en: "Readiness of what is answered" }
        RedLinesNotMet { zh: "未满足的红线项", en: "Red lines not met" }
        ReportDate { zh: "报告日期", en: "Report date" }
        ReportDigest { zh: "报告摘要（SHA-256）", en: "Report digest (SHA-256)" }
        DigestHowTo {
            zh: "摘要是同一时刻生成的 JSON 报告的 SHA-256，任何人都可自行复算：把报告中 digest 的值改为空字符串 \"\"（有 signature 成员的先删去），按原有顺序去掉各记号之间的空白（中文等字符保持原样，UTF-8 编码），对所得字节计算 SHA-256，应与 \"sha256:\" 之后的值一致（如 Python：json.dumps(报告, separators=(',', ':'), ensure_ascii=False)）。摘要只能发现无意的改动，不能证明报告由谁作出、内容是否属实；签名可证明前者。",
            en: "The digest is the SHA-256 of the JSON report generated at the same moment, and anyone can recompute it: set the report's digest to the empty string \"\" (and delete its signature member if it has one), remove the whitespace between tokens keeping their order (non-ASCII characters as they are, UTF-8), and hash those bytes with SHA-256: the result equals what follows \"sha256:\" (in Python: json.dumps(report, separators=(',', ':'), ensure_ascii=False)). A digest catches accidental changes; it proves neither who made the report nor that it is true (a signature proves the first)."
        }
        SignOff { zh: "签字、盖章", en: "Signature and seal" }
        SignOffStatement {
            zh: "本单位对上述自查内容的真实性负责。",
            en: "The unit is responsible for the truth of this self-check."
        }
        SignPerson { zh: "负责人（签字）：", en: "Responsible person (signature):" }
        SignSeal { zh: "单位（盖章）：", en: "Unit (seal):" }
        SignDate { zh: "日期：", en: "Date:" }
        AgencyUnit { zh: "单位名称", en: "Unit" }
        AgencyDepartment { zh: "承办部门", en: "Department" }
        AgencyContact { zh: "联系人", en: "Contact person" }
        AgencyDate { zh: "评估日期", en: "Date of the assessment" }
        ResultPublished { zh: "评估结果发布日期", en: "Assessment result published on" }
        Platform { zh: "云平台", en: "Platform" }
        Name { zh: "名称", en: "Name" }
        Tier { zh: "能力级别", en: "Capability tier" }
        MlpsLevel { zh: "等保级别", en: "MLPS level" }
        ExpiresOn { zh: "评估结果失效日", en: "Result expires on" }
        ApplyBy { zh: "复评申请截止日", en: "Apply for re-assessment by" }
        ExitNoticeBy { zh: "退出通知截止日", en: "Notify end of service by" }
        AlertExpired { zh: "评估结果已失效", en: "The result has expired" }
        AlertReassessmentOverdue { zh: "已过复评申请截止日", en: "The re-assessment deadline has passed" }
        AlertReassessmentSoon { zh: "复评申请截止日临近", en: "The re-assessment deadline is near" }
        AlertNewAssessment { zh: "计划的变更需要重新评估", en: "The planned change needs a new assessment" }
        AlertExitOverdue { zh: "已过退出通知截止日", en: "The exit notice date has passed" }
        AlertExitSoon { zh: "退出通知截止日临近", en: "The exit notice date is near" }
    }
}

/// A status's name depends on the item: documents are "ready", requirements "met".
pub const fn status(kind: ItemKind, status: Status) -> Term {
    match (kind, status) {
        (_, Status::NotApplicable) => Term::StatusNotApplicable,
        (ItemKind::Compliance, Status::Met) => Term::StatusMet,
        (ItemKind::Compliance, Status::Partial) => Term::StatusPartial,
        (ItemKind::Compliance, Status::NotMet) => Term::StatusNotMet,
        (ItemKind::Material, Status::Met) => Term::MaterialReady,
        (ItemKind::Material, Status::Partial) => Term::MaterialDrafting,
        (ItemKind::Material, Status::NotMet) => Term::MaterialNotStarted,
    }
}

pub const fn severity(severity: Severity) -> Term {
    match severity {
        Severity::Critical => Term::RedLine,
        Severity::High => Term::SeverityHigh,
        Severity::Medium => Term::SeverityMedium,
        Severity::Low => Term::SeverityLow,
    }
}

pub const fn verdict(verdict: Verdict) -> Term {
    match verdict {
        Verdict::Prohibited => Term::VerdictProhibited,
        Verdict::NotSuitable => Term::VerdictNotSuitable,
        Verdict::Ungraded => Term::VerdictUngraded,
        Verdict::Conditional => Term::VerdictConditional,
        Verdict::Eligible => Term::VerdictEligible,
    }
}

/// The overall status as a headline: while items are unanswered it leads with how many
/// ("136 项未作答 · 未就绪"), so that low coverage is not read as failure. The app, the
/// workbook and the Word document word it alike.
pub fn status_headline(status: OverallStatus, tally: &Tally, lang: Lang) -> String {
    let status = overall(status).text(lang);
    match tally.unanswered {
        0 => status.to_string(),
        count => {
            format!("{} · {status}", super::fill_in(Term::UnansweredLead.text(lang), &[("count", &count.to_string())]))
        }
    }
}

/// Coverage with its counts: "12.8%（已答 20 / 适用 156 项）".
pub fn coverage_text(tally: &Tally, lang: Lang) -> String {
    let applicable = tally.applicable();
    let detail = super::fill_in(
        Term::CoverageDetail.text(lang),
        &[("answered", &(applicable - tally.unanswered).to_string()), ("applicable", &applicable.to_string())],
    );
    let (open, close) = match lang {
        Lang::ZhCn => ("（", "）"),
        Lang::En => (" (", ")"),
    };
    format!("{}{open}{detail}{close}", crate::scoring::percent(tally.coverage()))
}

pub const fn overall(status: OverallStatus) -> Term {
    match status {
        OverallStatus::NotReady => Term::OverallNotReady,
        OverallStatus::Incomplete => Term::OverallIncomplete,
        OverallStatus::GapsRemaining => Term::OverallGapsRemaining,
        OverallStatus::Ready => Term::OverallReady,
    }
}

/// A status as a person may write it in a sheet: its code (`not_met`) or its name for
/// either kind of item in either language (达标, Partially met, 编写中, …), in any
/// letter case. `None` if it is none of them.
pub fn parse_status(text: &str) -> Option<Status> {
    let text = crate::fold::fold(text.trim());
    Status::ALL.into_iter().find(|&s| {
        crate::fold::fold(s.code()) == text
            || [ItemKind::Compliance, ItemKind::Material].into_iter().any(|kind| {
                crate::Lang::ALL.into_iter().any(|lang| crate::fold::fold(status(kind, s).text(lang)) == text)
            })
    })
}

/// A status's names, as a problem lists what is accepted: "达标/Met".
pub fn status_names(s: Status) -> String {
    let term = status(ItemKind::Compliance, s);
    format!("{}/{}", term.text(crate::Lang::ZhCn), term.text(crate::Lang::En))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_status_is_read_in_either_language_and_by_its_code() {
        for (text, expected) in [
            ("达标", Status::Met),
            (" partially MET ", Status::Partial),
            ("编写中", Status::Partial),
            ("not_met", Status::NotMet),
            ("Not started", Status::NotMet),
            ("不适用", Status::NotApplicable),
        ] {
            assert_eq!(parse_status(text), Some(expected), "{text}");
        }
        assert_eq!(parse_status("done"), None);
        assert_eq!(parse_status(""), None);
        assert_eq!(status_names(Status::Met), "达标/Met");
    }
}
