//! The UI string table. Keep keys grouped by the view that shows them. A word other
//! tables use too (a status, a column's name, a tier) is the core's term, referred to.

use selfcheck_core::messages::Term;

selfcheck_core::localized_table! {
    /// A UI string key. Use `tr(lang, T::Key)` to get the text.
    T {
    // Header and shell
    Tagline { zh: "云计算服务安全评估自查工具", en: "A self-check for China's cloud computing security assessment" }
    PrivacyNote {
        zh: "所有数据只保存在本浏览器中，不会上传到任何地方。",
        en: "All data stays in this browser. Nothing is uploaded anywhere."
    }
    SkipToContent { zh: "跳到主要内容", en: "Skip to main content" }
    LanguageLabel { zh: "界面语言", en: "Language" }
    AnswererLabel { zh: Term::AnsweredBy, en: "Answering as" }
    AnswererPlaceholder { zh: "姓名或部门，记录在每条答复上", en: "Name or department, recorded on each answer" }
    AnsweredByAt { zh: "最后修改：{who}，{when}", en: "Last changed by {who}, {when}" }
    AnsweredAt { zh: "最后修改：{when}", en: "Last changed {when}" }
    AnsweredBy { zh: "最后修改：{who}", en: "Last changed by {who}" }
    NavLabel { zh: "主导航", en: "Main navigation" }
    NavProvider { zh: "云服务商自评", en: "Provider self-check" }
    NavAgency { zh: "党政机关上云分类", en: "Agency workload classification" }
    NavReport { zh: "差距报告", en: "Gap report" }
    StorageUnavailable {
        zh: "无法保存到本浏览器（本地存储被禁用）：数据仅保留到关闭页面为止，请下载报告留存。",
        en: "Could not save in this browser (local storage is disabled): your work lasts only until the page is closed. Download the report to keep it."
    }
    StorageFull {
        zh: "无法保存到本浏览器：存储空间已满。数据仅保留到关闭页面为止，请下载报告留存。",
        en: "Could not save in this browser: its storage is full. Your work lasts only until the page is closed. Download the report to keep it."
    }
    SaveRefused {
        zh: "未保存到本浏览器：保存后将无法再读回，之前保存的版本保持不变。当前工作仍在本窗口中，请下载报告留存。",
        en: "Not saved in this browser: the save would not read back, so the one saved before stays as it was. Your work is still in this window: download the reports to keep it."
    }
    RestoreFailed {
        zh: "上次保存的数据无法读取，已另存备份并从空白开始。",
        en: "The data saved last time could not be read; it was set aside and the app starts empty."
    }
    RestoreFailedPaused {
        zh: "上次保存的数据无法读取，且无法另存备份：为免覆盖，自动保存已暂停。请下载报告保存当前工作。",
        en: "The data saved last time could not be read nor set aside: autosave is paused so it is not overwritten. Download a report to keep your work."
    }
    RestoredStale {
        zh: "已恢复上次保存的数据，但之后的修改当时未能保存（存储已满），因此可能缺少最近的修改。",
        en: "The data saved last time was restored, but later changes could not be saved then (storage full), so recent changes may be missing."
    }
    SavedInBrowser { zh: "✓ 已自动保存在本浏览器", en: "✓ Saved in this browser" }
    Opening { zh: "正在读取本浏览器中保存的工作…", en: "Reading the work saved in this browser…" }
    FollowerBanner {
        zh: "本文件已在另一个窗口中打开，正在那里编辑。为免互相覆盖，本窗口只读，并随那个窗口的每次保存自动更新。",
        en: "This file is open and being edited in another window. So that neither overwrites the other, this window is read-only and follows every save made there."
    }
    EditHere { zh: "改在本窗口编辑", en: "Edit in this window instead" }
    AskedToEdit {
        zh: "正在请另一个窗口保存并交出编辑权…（若那个窗口已关闭，本窗口会自动接手）",
        en: "Asking the other window to save and hand over… (if it was closed, this window takes over by itself)"
    }
    OvertakenBanner {
        zh: "另一个窗口在本窗口读取之后保存了修改。为免覆盖那些修改，本窗口已停止自动保存，本窗口的修改只在本页中。请先下载本窗口的工作（文件可在“差距报告”页合并到那边保存的工作中，或直接载入），再重新加载以继续那边保存的工作。",
        en: "Another window saved changes after this window read the storage. So as not to overwrite them, this window has stopped saving: its changes exist only in this page. Download this window's work (on the report page the file merges into what was saved there, or loads back as it is), then reload to continue with what was saved there."
    }
    DownloadWindowWork { zh: "下载本窗口的工作", en: "Download this window's work" }
    ReloadWindow { zh: "重新加载", en: "Reload" }

    // Provider view
    ProviderTitle { zh: "云服务商申报前自评", en: "Provider self-check before applying" }
    ProviderIntro {
        zh: "对照《云计算服务安全评估办法》（2019）第三条的七个评估重点、第六条的申报材料、第十二条、第十四条和第十五条对云服务商的要求（第十三条的监督由办公室实施，本工具只帮助做好准备），以及《云计算服务安全自律公约》（2023）签署企业的十条承诺，逐项自查，随时查看就绪程度和差距。",
        en: "Work through the seven focus areas of Art. 3, the application materials of Art. 6 and what Arts. 12, 14 and 15 of the 2019 Measures ask of the provider (Art. 13's supervision is the office's: the tool only helps you be ready for it), and the ten commitments of the 2023 Convention's signatories, and see at every moment how ready you are and what is missing."
    }
    ProviderWho {
        zh: "适用于为党政机关、关键信息基础设施运营者提供云计算服务、准备申请安全评估的云服务商（《办法》第五条）。",
        en: "For cloud service providers that serve Party/government bodies or critical information infrastructure operators and plan to apply for the assessment (Measures, Art. 5)."
    }

    ProviderProfileHeading { zh: "申报主体与平台信息", en: "Provider and platform profile" }
    ProfileProvider { zh: "云服务商名称", en: "Provider name" }
    ProfilePlatform { zh: "云平台名称", en: "Cloud platform name" }
    ProfileServiceModels { term: Term::ServiceModels }
    ProfileTier { zh: "申请的安全能力级别（参考 GB/T 31168）", en: "Capability tier sought (guidance: GB/T 31168)" }
    TierUnset { zh: "未选择", en: "Not chosen" }
    ProfileMlpsLevel { zh: "本平台的等级保护级别（参考 GB/T 22239-2019）", en: "The platform's protection level (guidance: GB/T 22239-2019)" }
    TierGeneral { term: Term::TierGeneral }
    TierEnhanced { term: Term::TierEnhanced }
    ProfileDataCentres { zh: "数据中心所在地（每行一个）", en: "Data-centre locations (one per line)" }
    SummaryDataCentres { zh: "数据中心所在地", en: "Data-centre locations" }
    ProfileCustomers { zh: "目标客户", en: "Intended customers" }
    ProfilePartyGov { term: Term::PartyGovernment }
    ProfileCii { zh: "关键信息基础设施运营者", en: "Critical information infrastructure operators" }
    ProfileDates { zh: "关键日期（用于计算期限）", en: "Key dates (used for the deadlines)" }
    ProfilePublished { zh: Term::ResultPublished, en: "Date the assessment result was published" }
    ProfileControlChange { zh: "计划变更实际控制人或控股权的日期", en: "Planned date of a change of actual controller or controlling interest" }
    ProfileEndOfService { zh: "计划停止服务的日期", en: "Planned end-of-service date" }

    DashboardHeading { zh: "就绪概览", en: "Readiness at a glance" }
    OverallReadiness { term: Term::OverallReadiness }
    UnansweredCount { zh: "未作答 {count} 项", en: "{count} unanswered" }
    CoverageCaption { term: Term::Coverage }
    AnsweredReadinessCaption { term: Term::AnsweredReadiness }
    AnsweredOf { zh: "已答 {answered}/{total}", en: "{answered}/{total} answered" }
    NoScore { zh: "无可评分项", en: "nothing to score" }
    ChartCatalogs { zh: "各清单就绪度", en: "Readiness by catalog" }
    ChartAreas { zh: "各评估重点就绪度：{catalog}", en: "Readiness by area: {catalog}" }
    ScoringRule {
        zh: "就绪度 = 各适用项权重 × 得分（达标 1、部分达标 0.5、未达标或未作答 0）之和 ÷ 适用项权重之和。不适用项不计入；红线项未满足时，无论分数高低均为“未就绪”。覆盖率 = 已作答的适用项 ÷ 适用项；已答项就绪度只按已作答的项计算：作答不全时，就绪度偏低说明覆盖不足，不等于不达标。",
        en: "Readiness = Σ weight × credit (met 1, partial 0.5, not met or unanswered 0) ÷ Σ weight, over applicable items. Not-applicable items are left out; an unmet red-line item means \"not ready\" whatever the score. Coverage = applicable items answered ÷ applicable items; the readiness of what is answered counts answered items only: while items are unanswered, a low readiness means low coverage, not failure."
    }

    DeadlinesHeading { zh: "关键期限", en: "Deadlines" }
    DeadlinesEmpty { zh: "填写评估结果发布日期或计划停止服务日期后，这里会计算相关期限。", en: "Enter the result's publication date or a planned end of service to see the deadlines." }
    DeadlineExpires { zh: "评估结果于 {date} 到期（有效期 3 年，《办法》第十二条）", en: "The result expires on {date} (valid 3 years, Measures Art. 12)" }
    DeadlineReapply { zh: "最迟于 {date} 申请复评（届满前至少 6 个月，第十二条）", en: "Apply for re-assessment by {date} (at least 6 months before expiry, Art. 12)" }
    DeadlineExitNotice { zh: "最迟于 {date} 通知客户和办公室停止服务（提前至少 6 个月，第十四条）", en: "Notify customers and the office of the end of service by {date} (at least 6 months ahead, Art. 14)" }
    AlertExpired { zh: "评估结果已于 {date} 到期，不再有效。", en: "The result expired on {date} and is no longer valid." }
    AlertReassessmentOverdue { zh: "已超过复评申请截止日 {date}：结果到期前可能无法完成复评。", en: "The re-assessment deadline of {date} has passed: re-assessment may not finish before expiry." }
    AlertReassessmentSoon { zh: "距复评申请截止日 {date} 还有 {days} 天。", en: "{days} days left to apply for re-assessment (by {date})." }
    AlertNewAssessment { zh: "计划于 {date} 变更实际控制人或控股权：需要重新申请评估（第十二条）。", en: "A change of control is planned for {date}: a new assessment is required (Art. 12)." }
    AlertExitOverdue { zh: "通知截止日 {date} 已过：按计划日期停止服务将不满足提前 6 个月通知的要求。", en: "The notice date {date} has passed: ending service on the planned date would break the 6-month notice rule." }
    AlertExitSoon { zh: "距停止服务通知截止日 {date} 还有 {days} 天。", en: "{days} days left to notify the end of service (by {date})." }

    GapShowItem { zh: "在清单中打开此项", en: "Open this item in the checklist" }
    GapNoOwner { zh: "未指派", en: "nobody yet" }
    GapNoDate { zh: "未定", en: "not set" }
    GapsHeading { zh: "差距清单（按严重程度排序）", en: "Gaps, most severe first" }
    GapsEmpty { zh: "暂无差距：尚未有检查项被标为未达标或部分达标。", en: "No gaps yet: no item is marked not met or partially met." }
    GapsMore { zh: "另有 {count} 项，见报告页或使用“差距”筛选。", en: "{count} more: see the report, or filter the checklist by gaps." }

    ChecklistHeading { zh: "检查清单", en: "Checklists" }
    CatalogTabsLabel { zh: "选择清单", en: "Choose a checklist" }
    FilterLabel { zh: "筛选", en: "Show" }
    FilterAll { zh: "全部", en: "All" }
    FilterUnanswered { term: Term::Unanswered }
    FilterGaps { term: Term::Gaps }
    FilterGating { zh: "红线项", en: "Red lines" }
    FilterReview { zh: "待复核", en: "To review" }
    TagLoaded { zh: "已导入", en: "Loaded" }
    TagFromLevel { zh: "{level} 级起", en: "From level {level}" }
    TierRequirementGeneral { zh: "一般要求", en: "General tier" }
    TierRequirementEnhanced { zh: "增强要求", en: "Enhanced tier" }
    OutOfScopeEnhanced {
        zh: "本项为增强要求，不适用于申请一般级的服务商，不计入分数（可在上方信息中选择增强级）。",
        en: "An enhanced-tier requirement: it does not apply to a provider seeking the general tier and is left out of scores (choose the enhanced tier in the profile above)."
    }
    OutOfScopeLevelNotSet {
        zh: "本项自等保 {from} 级起适用；请在上方信息中填写本平台的等级保护级别，在此之前不计入分数。",
        en: "Applies from protection level {from}; set the platform's protection level in the profile above. Until then it is left out of scores."
    }
    OutOfScopeLevelBelow {
        zh: "本项自等保 {from} 级起适用，本平台为 {level} 级，不适用，不计入分数。",
        en: "Applies from protection level {from}; the platform is at level {level}, so it does not apply and is left out of scores."
    }
    ScopeNote {
        zh: "本清单有 {count} 项因要求级别或等保级别不适用于本平台，显示为灰色，不计入分数。",
        en: "{count} items of this catalog do not apply to this platform by tier or protection level: they are greyed and left out of scores."
    }
    ReviewNote { zh: "作答后本项内容已在新版清单中修改，请复核答复。", en: "This item changed in a newer version of the catalog since it was answered: check the answer." }
    MarkReviewed { zh: "答复仍然成立", en: "The answer stands" }
    CatalogsHeading { zh: "导入本单位的检查表", en: "Your unit's own checklists" }
    StepsLabel { zh: "步骤", en: "Steps" }
    StepProfile { zh: "申报主体", en: "Profile" }
    StepChecklists { zh: "检查清单", en: "Checklists" }
    StepTeam { zh: "分工与问卷", en: "Team" }
    StepReadiness { zh: "就绪与差距", en: "Readiness and gaps" }
    StepUnit { zh: "本单位", en: "Unit" }
    StepInventory { zh: "业务系统清单", en: "Inventory" }
    StepPlatforms { term: Term::CandidatePlatform }
    StepVerdicts { zh: "结论与适配", en: "Verdicts and fit" }
    CatalogsHelp {
        zh: "除内置清单外，可导入本单位自己的自查表（Excel 工作簿或 CSV 电子表格）或本工具格式的 JSON 清单（例如掌握标准原文的团队整理的 GB/T 31168、等保云计算扩展要求）。导入的清单与内置清单一样作答、计分，并完整保存在报告中。",
        en: "Besides the built-in checklists, load your own: a spreadsheet (an Excel workbook or CSV) or a JSON catalog in this tool's format (for instance GB/T 31168 or the MLPS cloud extension, written up by a team that owns the exact text). A loaded checklist is answered and scored like a built-in one and saved whole in the report."
    }
    CatalogChooseFile { zh: "导入清单（Excel、CSV 或 JSON）", en: "Load a checklist (Excel, CSV or JSON)" }
    CatalogDropHere { zh: "或把文件拖到这里", en: "or drop the file here" }
    CatalogSheetRead {
        zh: "已读取“{file}”：{sections} 个章节，{items} 个检查项。请确认清单的编号、名称和版本：",
        en: "Read \"{file}\": {sections} sections, {items} items. Confirm the checklist's id, title and version:"
    }
    CatalogIdLabel { zh: "清单编号（字母、数字和 -）", en: "Checklist id (letters, digits and -)" }
    CatalogTitleLabel { zh: "清单名称", en: "Checklist title" }
    CatalogVersionLabel { zh: "版本", en: "Version" }
    CatalogImportButton { zh: "导入", en: "Load it" }
    CatalogRefused { zh: "“{file}”未导入，现有清单和答复均未改变：", en: "\"{file}\" was not loaded; the checklists and answers are as they were:" }
    CatalogAdded { zh: "已导入清单 {id}（{items} 项）。", en: "Loaded checklist {id} ({items} items)." }
    CatalogReplaced { zh: "已用新版本替换清单 {id}（{items} 项）。", en: "Replaced checklist {id} by the new version ({items} items)." }
    CatalogMeta { zh: "版本 {version}，{items} 项", en: "version {version}, {items} items" }
    CatalogExport { zh: "下载 JSON", en: "Download JSON" }
    CatalogRemove { term: Term::Remove }
    CatalogRemoveConfirm {
        zh: "移除此清单？已填写的答复会保留（列为未知检查项），直到您另行清除。",
        en: "Remove this checklist? Its answers are kept (listed as unknown items) until you clear them too."
    }
    CatalogRemoveYes { zh: "确认移除", en: "Yes, remove" }
    CatalogTemplateZh { zh: "CSV 模板（中文表头）", en: "CSV template (Chinese headers)" }
    CatalogTemplateEn { zh: "CSV 模板（英文表头）", en: "CSV template (English headers)" }
    ScopeChanged {
        zh: "检查范围随之变化：新增 {added} 项，移出 {removed} 项，现共 {applicable} 项适用。",
        en: "The scope changed with it: {added} items added, {removed} removed; {applicable} apply now."
    }
    XlsxTemplateZh { zh: "Excel 模板（中文表头）", en: "Excel template (Chinese headers)" }
    XlsxTemplateEn { zh: "Excel 模板（英文表头）", en: "Excel template (English headers)" }
    TemplateFailed { zh: "未能生成模板：{detail}", en: "The template could not be made: {detail}" }
    SchemaFailed { zh: "未能下载目录格式的 JSON Schema：{detail}", en: "The catalog format's JSON Schema could not be downloaded: {detail}" }
    InventoryColumns { zh: "清单的列（表头中英文均可，列的顺序不限）", en: "The inventory's columns (Chinese or English headers, in any order)" }
    ColumnChinese { zh: "中文表头", en: "Chinese header" }
    ColumnEnglish { zh: "英文表头", en: "English header" }
    ColumnMeaning { zh: "填写内容", en: "What it holds" }
    CatalogSchema { zh: "JSON 格式说明（JSON Schema）", en: "JSON format (JSON Schema)" }
    CatalogFormatHelp {
        zh: "工作表或 CSV 每行一个检查项（工作簿读取名为“自查表”“检查表”的工作表，否则第一张）：章节、编号、标题为必填；可选列有检查内容、依据、权重（1–5，默认 3）、红线（是/否）、证据、级别（一般/增强）、等保级别（1–4，适用的最低级别）、title_en、question_en、红线依据（为何是红线）。CSV 用 UTF-8 编码；上限 5 MB（工作簿 20 MB）、5000 项、20 份清单。",
        en: "One item per row of the sheet or CSV (a workbook's sheet named checklist or 自查表, else its first): section, id and title are required; optional columns are question, reference, weight (1–5, default 3), red_line (yes/no), evidence, tier (general/enhanced), level (1–4, the lowest level it applies from), title_en, question_en, gating_basis (why a red line). CSV in UTF-8; at most 5 MB (workbooks 20 MB), 5,000 items, 20 checklists."
    }
    UpgradeHeading { zh: "清单已更新", en: "A checklist changed" }
    UpgradeSummary { zh: "清单 {id}：答复依据 {from} 版，现为 {to} 版。", en: "Checklist {id}: answers were given against version {from}; it is now {to}." }
    UpgradeChanged { zh: "{count} 项内容有变，答复保留并标为待复核：{ids}", en: "{count} changed, answers kept and flagged for review: {ids}" }
    UpgradeRemoved { zh: "{count} 项已删除，答复保留（列为未知检查项，不计分）：{ids}", en: "{count} removed, answers kept (listed as unknown items, out of scores): {ids}" }
    UpgradeAdded { zh: "{count} 项为新增，尚未作答：{ids}", en: "{count} new, not yet answered: {ids}" }
    SearchLabel { zh: "搜索检查项", en: "Search items" }
    SearchPlaceholder { zh: "编号、标题或问题中的文字", en: "Id, title or question text" }
    ShortcutHint {
        zh: "快捷键（焦点在检查项上时）：1 达标 · 2 部分 · 3 未达标 · 4 不适用 · 0 清除 · J/K 或 ↓/↑ 切换检查项",
        en: "Shortcuts (with an item focused): 1 met · 2 partial · 3 not met · 4 not applicable · 0 clear · J/K or ↓/↑ move"
    }
    NoMatchingItems { zh: "没有符合筛选条件的检查项。", en: "No item matches the filter." }
    SectionProgress { zh: "已答 {answered}/{total}", en: "{answered}/{total} answered" }
    AnswerLabel { term: Term::Answer }
    TagGating { term: Term::RedLine }
    TagGuidance { zh: "参考性（来自标准）", en: "Guidance (from a standard)" }
    GatingBasis { zh: "为何是红线", en: "Why a red line" }
    TagWeight { zh: "权重 {weight}", en: "Weight {weight}" }
    ItemReference { term: Term::Source }
    ItemEvidence { zh: "典型证据", en: "Typical evidence" }
    ItemDetails { zh: "备注、证据、负责人和目标日期", en: "Note, evidence, owner and target date" }
    FieldJustification { zh: "不适用理由（必填）", en: "Why it does not apply (required)" }
    JustificationMissing { zh: "请填写不适用的理由；填写前本项按未作答计算。", en: "Write why it does not apply; until then the item counts as unanswered." }
    FieldNote { term: Term::Note }
    FieldEvidence { zh: "证据位置", en: "Where the evidence is" }
    FieldOwner { term: Term::Owner }
    FieldTargetDate { term: Term::TargetDate }
    FieldDueDate { zh: "计划完成日期", en: "Due date" }

    // Agency view
    AgencyProfileHeading { zh: "评估单位信息", en: "Assessing unit" }
    AgencyProfileWhy {
        zh: "印在评估报告封面和工作簿上，说明由谁、在何时作出本次评估。",
        en: "Printed on the report's cover and in its workbook: who made this assessment, and when."
    }
    AgencyProfileUnit { term: Term::AgencyUnit }
    AgencyProfileDepartment { term: Term::AgencyDepartment }
    AgencyProfileContact { term: Term::AgencyContact }
    AgencyProfileDate { term: Term::AgencyDate }
    AgencyTitle { zh: "党政部门上云前的业务分类", en: "Agency: classify workloads before moving to a cloud" }
    AgencyIntro {
        zh: "依据《关于加强党政部门云计算服务网络安全管理的意见》（中网办发文〔2014〕14号）第三部分，逐个判断拟迁移的系统能否使用社会化云计算服务、需满足哪些条件，以及合同和所选云平台必须落实的要求。",
        en: "Following §3 of the 2014 Opinion (Zhongwangban Fawen [2014] No. 14), decide for each system you plan to move whether it may use a socialised cloud service, under which conditions, and what the contract and the chosen cloud platform must guarantee."
    }
    AgencyWho {
        zh: "适用于采购云计算服务的党政部门。涉及国家秘密或工作秘密的业务不得使用社会化云计算服务。",
        en: "For Party/government departments buying cloud services. Business involving state secrets or work secrets must not use socialised cloud services."
    }

    InventoryHeading { zh: "拟上云业务系统清单", en: "Workloads to move" }
    InventoryEmpty { zh: "还没有业务系统。请新增，或导入 Excel 工作簿或 CSV。", en: "No workloads yet. Add one, or import an Excel workbook or a CSV." }
    AddWorkload { zh: "新增业务系统", en: "Add a workload" }
    ExportCsv { zh: "导出 CSV", en: "Export CSV" }
    ImportCsv { zh: "导入 CSV 或 Excel 文件", en: "Import a CSV or Excel file" }
    ReportProviderXlsx { zh: "下载自查工作簿（Excel）", en: "Download the self-check workbook (Excel)" }
    ReportAgencyXlsx { zh: "下载分类工作簿（Excel）", en: "Download the classification workbook (Excel)" }
    XlsxWriting { zh: "正在生成 Excel 工作簿…", en: "Writing the Excel workbook…" }
    XlsxFailed { zh: "未能生成 Excel 工作簿：{detail}", en: "The Excel workbook could not be written: {detail}" }
    OwnerHandOutXlsx { zh: "Excel 问卷", en: "as Excel" }
    ReportProviderDocx { zh: "下载 Word 报告（.docx）", en: "Download the report as Word (.docx)" }
    ReportPlanDocx { zh: "下载整改计划（Word）", en: "Download the remediation plan (Word)" }
    ReportAgencyDocx { zh: "下载上云评估报告（Word）", en: "Download the assessment report (Word)" }
    DocxWriting { zh: "正在生成 Word 文档…", en: "Writing the Word document…" }
    DocxFailed { zh: "未能生成 Word 文档：{detail}", en: "The Word document could not be written: {detail}" }
    Remove { term: Term::Remove }
    FitProviderItems { zh: "（服务商检查项：{items}）", en: "(the provider's items: {items})" }
    PlatformFromReport { zh: "用云服务商的自查报告填写（JSON）", en: "Fill from the provider's self-check report (JSON)" }
    ProviderReportHeading { zh: "云服务商自查报告：", en: "Provider's self-check report:" }
    ProviderReportConsistent { zh: "已核验（摘要与数字一致）", en: "verified (digest and figures consistent)" }
    ProviderReportEdited { zh: "未通过核验：导出后被改动", en: "not verified: edited after export" }
    ProviderReportInconsistent { zh: "未通过核验：数字与答复不一致", en: "not verified: its figures do not follow from its answers" }
    ProviderReportMade { zh: "生成于 {when}，摘要 {digest}", en: "generated at {when}, digest {digest}" }
    ProviderReportRedLines { zh: "未满足的红线项：", en: "Red lines not met:" }
    ProviderReportExpires { zh: "评估结果失效日：{date}", en: "The result expires on {date}" }
    ProviderReportDataCentres { zh: "服务商列出的数据中心：{places}", en: "Data centres the provider lists: {places}" }
    ProviderReportInChina { zh: "数据中心位置取自该报告：{items} 均答为“满足”，即全部位于境内。", en: "Data-centre location taken from this report: {items} answered met, so all are in China." }
    ProviderReportNotAllInChina { zh: "数据中心位置取自该报告：{items} 答为“未满足”或“部分满足”，即并非全部位于境内。", en: "Data-centre location taken from this report: {items} answered not met or partly met, so not all are in China." }
    ProviderReportInChinaNotTaken { zh: "该报告答称数据中心全部位于境内（{items}），但报告未通过核验，未据此填写。", en: "This report answers that all data centres are in China ({items}), but it did not verify, so that was not taken." }
    ProviderReportLocationChangedSince { zh: "该报告对数据中心位置的答复（{items}）曾用于填写本平台，但平台记录其后已改动：以当前记录为准。", en: "This report's answers on the data-centre location ({items}) filled this platform once, but the record was changed since: the record as it stands now counts." }
    ProviderReportLocationUnsettled { zh: "该报告的答复不能说明数据中心是否全部位于境内，平台原有记录保持不变。", en: "This report's answers do not settle whether all data centres are in China; the platform's record is unchanged." }
    Cancel { zh: "取消", en: "Cancel" }
    EvidenceFiles { zh: "证据文件（指纹）", en: "Evidence files (fingerprints)" }
    EvidenceAttach { zh: "添加证据文件…", en: "Attach evidence files…" }
    EvidenceHashing { zh: "正在计算指纹（第 {file}/{files} 个）：{name}，{done} / {total}", en: "Fingerprinting file {file} of {files}: {name}, {done} of {total}" }
    EvidenceCancelled { zh: "已取消；已完成的文件保留。", en: "Cancelled; the files already done are kept." }
    EvidenceTooLarge { zh: "“{name}”过大（{size}），单个文件上限 4 GB。", en: "\"{name}\" is too large ({size}); the limit is 4 GB a file." }
    EvidenceFailed { zh: "未能读取文件：{detail}", en: "The file could not be read: {detail}" }
    EvidenceHelp {
        zh: "仅在本机计算并记录文件名、大小、修改时间及 SHA-256、SM3 指纹，文件内容不保存、不发送。可用 selfcheck evidence verify 核对。",
        en: "Only the name, size, time and SHA-256 and SM3 fingerprints are computed here and recorded; the content is neither kept nor sent. Check them with selfcheck evidence verify."
    }
    ImportModeLabel { zh: "导入方式", en: "Import mode" }
    ImportModeAdd { zh: "追加到现有清单", en: "Add to the current list" }
    ImportModeReplace { zh: "替换现有清单", en: "Replace the current list" }
    ImportDone { zh: "已导入 {count} 个业务系统。", en: "{count} workloads imported." }
    ImportDoneReplaced { zh: "已用 {count} 个业务系统替换原清单。", en: "The list was replaced by {count} imported workloads." }
    ImportRefused { zh: "文件未导入，现有清单保持不变。请修改以下问题后重试：", en: "The file was not imported; your list is unchanged. Fix these problems and try again:" }
    Dismiss { zh: "关闭", en: "Dismiss" }
    CsvHelp {
        zh: "CSV 或工作表需包含表头（工作簿读取名为“清单”的工作表，否则第一张）。是/否列可填 是/否、yes/no、true/false 或 1/0；保密审查列留空表示尚未完成；等级保护级别填 1–5，未定级留空；日期按 YYYY-MM-DD。",
        en: "The CSV or sheet needs a header row (a workbook's sheet named inventory or 清单, else its first). Yes/no columns take yes/no, true/false, 1/0 or 是/否; a blank confidentiality_review means not done; the protection level takes 1–5, empty if not graded; dates are YYYY-MM-DD."
    }
    VerdictFilterLabel { zh: "按结论筛选", en: "Filter by verdict" }
    VerdictAll { zh: "全部 {count}", en: "All {count}" }
    InventorySearchLabel { zh: "按名称搜索", en: "Search by name" }
    PageOf { zh: "第 {page}/{pages} 页，共 {count} 项", en: "Page {page} of {pages}, {count} items" }
    PagerLabel { zh: "分页", en: "Pages" }
    PrevPage { zh: "上一页", en: "Previous page" }
    NextPage { zh: "下一页", en: "Next page" }
    Unnamed { zh: "（未命名）", en: "(unnamed)" }
    VerdictPending { zh: "待命名", en: "Not yet named" }
    VerdictAfterName {
        zh: "填写系统名称后，这里给出能否上云的结论及其依据。",
        en: "Name the workload to see here whether it may move to a cloud, and why."
    }
    LevelShort { zh: "等保 {level} 级", en: "Level {level}" }
    NotGradedShort { zh: "未定级", en: "Not graded" }
    FitGapsCount { zh: "平台适配问题 {count} 项", en: "{count} platform-fit gaps" }
    EditWorkload { zh: "查看与编辑", en: "Open" }
    DuplicateWorkload { zh: "复制", en: "Duplicate" }
    DeleteWorkload { zh: "删除", en: "Delete" }
    ConfirmDelete { zh: "确认删除", en: "Confirm delete" }
    CancelDelete { zh: "取消", en: "Cancel" }

    WorkloadHeading { zh: "业务系统详情", en: "Workload details" }
    CloseDetails { zh: "关闭详情", en: "Close details" }
    WorkloadName { term: Term::Name }
    WorkloadDescription { zh: "描述", en: "Description" }
    WorkloadCriteria { zh: "分类依据（《意见》第三部分）", en: "Classification inputs (Opinion §3)" }
    CritStateSecret { zh: "涉及国家秘密", en: "Involves state secrets" }
    CritWorkSecret { zh: "涉及工作秘密", en: "Involves work secrets" }
    CritSensitive { zh: "含大量敏感信息或公民隐私信息", en: "Holds much sensitive information or citizens' private information" }
    CritKeyBusiness { zh: "直接影响政府运转或群众生活的关键业务", en: "Key business directly affecting government operation or public life" }
    CritSevere { zh: "一旦出问题可能造成重大经济损失或危害国家安全", en: "Failure could cause major economic loss or endanger national security" }
    WorkloadLevel { zh: "等级保护级别", en: "Protection level (MLPS)" }
    LevelNone { zh: "尚未定级", en: "Not yet graded" }
    WorkloadPlatform { zh: "拟迁移到的云平台", en: "Target cloud platform" }
    PlatformNone { zh: "未指定", en: "None chosen" }
    WorkloadMigrationDate { zh: "计划迁移日期", en: "Planned migration date" }
    WorkloadEndOfUse { zh: "计划停用日期（可选）", en: "Planned end of use (optional)" }
    ReviewLegend { zh: "保密审查（《意见》第六部分）", en: "Confidentiality review (Opinion §6)" }
    ReviewDone { zh: "已由本部门指定的机构和人员完成保密审查", en: "Reviewed by the body and staff the department designated" }
    ReviewByObligation { zh: "下方义务中的保密审查项已答为“满足”，视为已完成。", en: "The review obligation below is answered met, which records it as done." }
    VerdictHeading { zh: "结论与理由", en: "Verdict and reasons" }
    RecommendedTier { zh: "建议的云服务商安全能力级别：{tier}", en: "Recommended provider capability tier: {tier}" }
    FitHeading { zh: "平台适配检查", en: "Platform fit" }
    FitNoPlatform { zh: "尚未指定云平台：指定后将检查评估有效期、等级保护级别和数据中心位置。", en: "No platform chosen yet: choose one to check its assessment validity, protection level and data-centre location." }
    FitOk { zh: "所选平台通过全部适配检查。", en: "The chosen platform passes every fit check." }
    FitExpiredOn { zh: "（评估结果于 {date} 到期）", en: "(the result expires on {date})" }
    ObligationsHeading { zh: "上云前须落实的义务", en: "Obligations before moving" }
    ObligationsBarred { zh: "该系统不得或不宜使用社会化云计算服务，无需填写上云义务。", en: "This workload must not or should not use socialised cloud services, so there are no migration obligations to fill in." }
    ObligationsProgress { zh: "已落实 {met}/{total} 项", en: "{met}/{total} met" }

    PlatformsHeading { zh: "候选云平台", en: "Candidate cloud platforms" }
    PlatformsEmpty { zh: "还没有候选云平台。新增后可在业务系统中选择。", en: "No candidate platforms yet. Add one, then choose it for a workload." }
    AddPlatform { zh: "新增云平台", en: "Add a platform" }
    DeletePlatform { zh: "删除该平台", en: "Delete this platform" }
    PlatformName { zh: "平台名称", en: "Platform name" }
    PlatformProvider { term: Term::Provider }
    PlatformNameEmpty { zh: "平台名称不能为空，已保留原名称。", en: "A platform needs a name; the previous name was kept." }
    PlatformNameTaken { zh: "已有同名平台，已保留原名称。", en: "Another platform has this name; the previous name was kept." }
    PlatformPublished { term: Term::ResultPublished }
    PlatformTier { zh: "安全能力级别", en: "Capability tier" }
    PlatformLevel { zh: "平台等级保护级别", en: "Platform protection level" }
    PlatformInChina { zh: "数据中心是否全部位于境内", en: "Are all data centres in China?" }
    InChinaUnrecorded { zh: "未记录（待确认）", en: "Not recorded (unconfirmed)" }
    InChinaYes { zh: "是，全部位于境内", en: "Yes, all in China" }
    InChinaNo { zh: "否，并非全部位于境内", en: "No, not all in China" }
    PlatformsImportFile { zh: "导入候选平台（CSV 或 Excel 文件）", en: "Import platforms (a CSV or Excel file)" }
    PlatformsImportModeAdd { zh: "同名平台更新，其余追加", en: "Update platforms of the same name, add the others" }
    PlatformsImportModeReplace { zh: "以文件替换现有平台列表", en: "Replace the current list with the file's" }
    PlatformsExport { zh: "导出候选平台 CSV", en: "Export platforms (CSV)" }
    PlatformsImported { zh: "已导入候选平台：新增 {added} 个，更新 {updated} 个。", en: "Platforms imported: {added} added, {updated} updated." }
    PlatformsImportedReplaced {
        zh: "已用文件替换候选平台列表：新增 {added} 个，更新 {updated} 个，移除 {removed} 个。",
        en: "The platform list was replaced by the file's: {added} added, {updated} updated, {removed} removed."
    }
    PlatformsImportRefused {
        zh: "文件未导入，候选平台列表保持不变。请修改以下问题后重试：",
        en: "The file was not imported; your platform list is unchanged. Fix these problems and try again:"
    }
    PlatformsCsvHelp {
        zh: "表头可用中文或英文：平台名称/name（必填，不得重复）、云服务商/provider、评估结果发布日期/result_date（YYYY-MM-DD）、安全能力级别/tier（一般/增强）、等级保护级别/mlps_level（1–5）、数据中心是否全部在境内/data_centres_in_china（是/否）。留空或缺列即为“未记录”，适配检查会列为待确认。同名平台保留已载入的云服务商自查报告。工作簿读取名为“候选平台”的工作表，否则第一张。",
        en: "Headers in English or Chinese: name (required, each once), provider, result_date (YYYY-MM-DD), tier (general/enhanced), mlps_level (1–5), data_centres_in_china (yes/no). A blank cell or a missing column is \"not recorded\", which the fit checks list as unconfirmed. A platform of the same name keeps the provider's report loaded on it. A workbook's platforms sheet (as the agency workbook names it, in either language) is read, else its first."
    }

    // Report view
    ReportTitle { zh: "JSON 差距报告", en: "JSON gap report" }
    ReportIntro {
        zh: "报告汇总自评答案、就绪程度、按严重程度排序的差距、业务分类结论和关键期限，可下载为 JSON 文件留档，也可导入继续工作。",
        en: "The report gathers your answers, readiness, gaps ordered by severity, workload verdicts and key deadlines. Download it as a JSON file for your records, or load it back to carry on."
    }
    ReportPrivacy {
        zh: "报告在本浏览器中生成并直接保存到您的电脑，不经过任何服务器。",
        en: "The report is built in this browser and saved straight to your computer; no server is involved."
    }

    ReportDownloadHeading { zh: "下载", en: "Download" }
    ReportProviderJson { zh: "下载云服务商自评报告（JSON）", en: "Download the provider report (JSON)" }
    ReportGapsCsv { zh: "下载差距清单（CSV，可用 Excel 打开）", en: "Download the gaps (CSV for Excel)" }
    ReportAgencyJson { zh: "下载党政机关上云分类报告（JSON）", en: "Download the agency report (JSON)" }
    ReportPrint { zh: "打印或另存为 PDF", en: "Print or save as PDF" }
    ReportResumeHeading { zh: "导入报告以继续工作", en: "Load a report to carry on" }
    ReportResumeHelp {
        zh: "选择或拖入之前下载的 JSON 报告，恢复其中的答复、平台信息、业务系统和候选平台。导入前会逐项检查，有问题则不做任何改动。",
        en: "Choose or drop a JSON report downloaded earlier to restore its answers, profile, workloads and platforms. It is checked first; if anything is wrong, nothing changes."
    }
    ReportChooseFile { zh: "选择报告文件", en: "Choose a report file" }
    ReportDropHere { zh: "或把报告文件拖放到这里", en: "or drop a report file here" }
    ReportRefused { zh: "未导入，当前数据保持不变：", en: "Not loaded; your current data is unchanged:" }
    ReportEditedWarning {
        zh: "注意：该报告导出后被修改过（校验值不符）。仍要导入并替换当前数据吗？",
        en: "Warning: this report was changed after it was exported (the digest does not match). Load it anyway and replace your current data?"
    }
    ReportReplacesWork {
        zh: "导入会替换当前不同的数据（如需保留，请先下载报告）。确定导入吗？",
        en: "Loading it replaces the different data you have now (download a report first to keep it). Load it?"
    }
    ReportImportAnyway { zh: "仍然导入", en: "Load anyway" }
    ReportImportCancel { zh: "取消，不做改动", en: "Cancel, change nothing" }
    ReportLoadedProvider { zh: "已恢复云服务商自评数据。", en: "The provider self-check was restored." }
    ReportLoadedAgency { zh: "已恢复党政机关上云分类数据。", en: "The agency classification was restored." }
    ReportLoadedSession { zh: "已从自动保存文件恢复全部数据。", en: "Everything was restored from the autosave file." }
    LocalDataHeading { zh: "本浏览器中的数据", en: "Data in this browser" }
    LocalDataHelp {
        zh: "每次修改都会自动保存在本浏览器中（包括从本地文件打开时），重新打开即可继续。数据不会离开本机。",
        en: "Every change is saved automatically in this browser (also when opened from a local file); reopen the page to carry on. Nothing leaves this computer."
    }
    ClearLocalData { zh: "清除本浏览器中的全部数据", en: "Clear all data in this browser" }
    ClearLocalConfirm {
        zh: "确定清除？所有答复、业务系统、平台和答复人姓名将被删除，无法恢复（建议先下载报告）。",
        en: "Clear everything? All answers, workloads, platforms and the answering name will be deleted for good (download a report first)."
    }
    ClearLocalYes { zh: "确认清除", en: "Yes, clear everything" }
    PreviewHeading { zh: "报告预览", en: "Report preview" }
    PreviewAgency { zh: "党政机关上云分类", en: "Agency workload classification" }
    PreviewGeneratedOn { zh: "日期：{date}", en: "Date: {date}" }
    PreviewMoreWorkloads { zh: "另有 {count} 个业务系统，完整内容见 JSON 报告。", en: "{count} more workloads: the JSON report has them all." }
    PreviewHelp {
        zh: "以下是可打印、可签署的报告（A4 纵向，含页码），每次打印一份：选择云服务商的自查报告或党政机关的上云评估报告。打印前可下载与之对应的 JSON 报告，其摘要即封面所列摘要。",
        en: "Below is the report to print and sign (A4 portrait, numbered pages), one at a time: the provider's self-check or the agency's assessment. Download the JSON report it describes before printing: its digest is the one on the cover."
    }
    PreviewSaveJson { zh: "下载与本打印稿对应的 JSON 报告", en: "Download the JSON report of this printout" }
    PrintRoleLabel { zh: "打印哪一份报告", en: "Which report to print" }
    PrintRoleProvider { zh: "云服务商自查报告", en: "Provider self-check report" }
    PrintRoleAgency { zh: "党政机关上云评估报告", en: "Agency assessment report" }
    PreviewVerdicts { zh: "分类结论汇总", en: "Verdicts at a glance" }
    PreviewNotApplicable { zh: "不适用项及理由", en: "Items that do not apply, and why" }
    ColumnJustification { term: Term::Justification }
    ColumnCatalogArea { zh: "清单 / 评估重点", en: "Catalog / area" }
    AgencyCoverTitle { term: Term::AgencyReportTitle }
    CoverWorkloads { zh: "共 {count} 个业务系统", en: "{count} workloads" }
    CoverFitGaps { zh: "与候选平台不相适应的业务系统", en: "Workloads with platform-fit gaps" }
    CoverPlatforms { zh: "候选云平台", en: "Candidate platforms" }
    CoverRedLines { term: Term::RedLinesNotMet }
    CoverWorstGaps { zh: "最需关注的 {count} 项差距", en: "The {count} most severe gaps" }
    CoverDigest { term: Term::ReportDigest }
    PreviewGaps { zh: "差距（含检查内容与说明）", en: "Gaps, with what is asked and the notes" }
    PreviewEvidence { zh: "证据文件清单", en: "Evidence files" }
    ColumnEvidenceFile { zh: "文件", en: "File" }
    CoverTitle { term: Term::SelfCheckReportTitle }
    CoverUnit { zh: "单位", en: "Unit" }
    CoverDate { term: Term::ReportDate }
    CoverGenerated { term: Term::GeneratedAt }
    CoverTool { term: Term::ToolVersion }
    CoverDigestNote { term: Term::DigestHowTo }
    SignOffHeading { term: Term::SignOff }
    SignOffStatement { term: Term::SignOffStatement }
    SignOffPerson { term: Term::SignPerson }
    SignOffSeal { term: Term::SignSeal }
    SignOffDate { term: Term::SignDate }
    ColumnItem { term: Term::Item }
    ColumnSeverity { term: Term::Severity }
    ColumnStatus { term: Term::Status }
    ColumnAnswered { zh: Term::Answer, en: "Answered" }
    ColumnOwner { term: Term::Owner }
    ColumnDue { term: Term::TargetDate }
    ColumnWorkload { term: Term::Workload }
    ColumnVerdict { term: Term::Verdict }
    ColumnReasons { term: Term::Reasons }
    ColumnFit { zh: "平台适配", en: "Platform fit" }

    // Footer
    FooterVersion { zh: "版本", en: "Version" }
    FooterSources { zh: "依据文件", en: "Based on" }
    FooterGuidance { zh: "参考", en: "guidance" }
    FooterDisclaimer {
        zh: "本工具帮助自查和准备材料，不代替主管部门组织的正式评估。",
        en: "This tool helps you check yourself and prepare; it does not replace the official assessment."
    }

    // Fatal error panel (shown by the panic hook, outside Yew)
    FatalTitle { zh: "出错了", en: "Something went wrong" }
    FatalBody {
        zh: "应用遇到意外错误并已停止。已保存在本浏览器中的数据不受影响。请重新加载页面。",
        en: "The app hit an unexpected error and stopped. Data already saved in this browser is not affected. Please reload the page."
    }
    FatalDetails { zh: "技术细节", en: "Technical details" }
    FatalReload { zh: "重新加载", en: "Reload" }
    FatalAutosave { zh: "下载自动保存的数据", en: "Download the autosaved data" }
    FatalAutosaveHelp {
        zh: "为稳妥起见，可先下载本浏览器中自动保存的数据；之后在“差距报告”页导入即可恢复。",
        en: "To be safe, download the data autosaved in this browser first; load it on the report page to restore it."
    }

    // A team's self-check: owners, questionnaires, merging and comparing
    StatusNone { term: Term::Unanswered }
    OwnerFilterLabel { term: Term::Owner }
    OwnerFilterAll { zh: "全部负责人", en: "Every owner" }
    OwnerFilterNobody { zh: "尚未分配", en: "Nobody yet" }
    AssigneeLabel { zh: "分配给", en: "Assign to" }
    AssigneePlaceholder { zh: "部门或姓名", en: "Department or person" }
    AssignShown { zh: "把显示的 {count} 项分配给 {owner}", en: "Give the {count} items shown to {owner}" }
    AssignSection { zh: "分配本章…", en: "Assign this section…" }
    NewOwnerLabel { zh: "或新的负责人", en: "or a new owner" }
    AssignToNew { zh: "分配", en: "Assign" }
    AssignedTo { zh: "已将 {count} 项分配给 {owner}。", en: "{count} items given to {owner}." }
    OwnerOnCard { zh: "负责人：{owner}", en: "Owner: {owner}" }
    HistoryCount { zh: "合并时留存的其他答复（{count}）", en: "Other answers kept from merges ({count})" }
    HistoryFrom { zh: "来自 {from}，{when} 合并", en: "from {from}, merged {when}" }
    HistoryFromYours { zh: "原有答复", en: "the answer here before" }
    // Answer once (the crosswalk): related items, carried answers, proposals, contradictions
    CarriedFrom {
        zh: "由等同项 {item}（{catalog}）带入的答复：未经本项单独作答。选择同一状态即确认为本项答复。",
        en: "Answered via the equal item {item} ({catalog}): not answered here. Choosing the same status confirms it as this item's answer."
    }
    ShowRelatedItem { zh: "转到 {item}", en: "Go to {item}" }
    CarriedFromShort { zh: "（由 {item} 带入）", en: "(carried from {item})" }
    RelatedCount { zh: "其他清单中的相关检查项（{count}）", en: "Related items in other catalogs ({count})" }
    RelationEqual { zh: "等同", en: "equal" }
    RelationSubset { zh: "本项是其一部分", en: "part of it" }
    RelationSuperset { zh: "本项包含它", en: "contains it" }
    RelationIntersect { zh: "部分重叠", en: "overlaps" }
    RelatedUnanswered { term: Term::Unanswered }
    RelatedMore { zh: "另有 {count} 项未列出。", en: "{count} more not listed." }
    RelatedCarried { zh: "（带入）", en: "(carried)" }
    ProposalText {
        zh: "建议：{status}。依据相关项的答复：{sources}。须经确认才计入。",
        en: "Proposed: {status}, from the answers to related items: {sources}. It counts only once confirmed."
    }
    ProposalConfirm { zh: "确认为“{status}”", en: "Confirm \"{status}\"" }
    ConsistencyHeading { zh: "答复一致性", en: "Consistency of answers" }
    ConsistencyNone {
        zh: "未发现矛盾：询问同一事实的检查项答复一致。",
        en: "No contradictions: the items that ask the same fact are answered alike."
    }
    ConsistencyIntro {
        zh: "以下答复不能同时成立（{count} 处）。请核对后修改其中一项；评估人员看到同一事实有两种答复，会质疑整份报告。",
        en: "These answers cannot all be true ({count}). Check them and change one of each pair: an assessor who reads two answers to one fact doubts the whole report."
    }
    ConsistencyEqualDiffers { zh: "等同项答复不同", en: "Equal items answered differently" }
    ConsistencyMore {
        zh: "另有 {count} 处未在此列出，见报告和打印稿。",
        en: "{count} more, not listed here: see the report and the printout."
    }
    ConsistencySupersetMet {
        zh: "整体达标而其中一部分未达标",
        en: "Met as a whole while a part of it is not"
    }

    TeamHeading { zh: "分工与问卷", en: "Team and questionnaires" }
    TeamHelp {
        zh: "在检查项的“负责人”中填写部门或姓名，或在清单上方批量分配。每个负责人可下载一份只含其检查项的问卷，用本工具打开、作答后发回；回收的问卷在“差距报告”页合并。",
        en: "Name a department or person as an item's owner, or assign many items above the checklist. Each owner gets a questionnaire with only their items, to open in this tool, answer and send back; returned questionnaires are merged on the Gap report page."
    }
    TeamEmpty { zh: "尚未给任何检查项分配负责人。", en: "No item has an owner yet." }
    OwnerColumn { term: Term::Owner }
    OwnerItems { zh: Term::Item, en: "Items" }
    OwnerAnswered { zh: "已作答", en: "Answered" }
    OwnerGaps { term: Term::Gaps }
    OwnerActions { zh: "操作", en: "Actions" }
    OwnerShow { zh: "只看这些", en: "Show them" }
    OwnerHandOut { zh: "下载问卷", en: "Download questionnaire" }
    HandOutAll { zh: "为全部 {count} 个负责人各下载一份问卷", en: "Download a questionnaire for each of the {count} owners" }
    ShowUnowned { zh: "查看尚未分配的 {count} 项", en: "Show the {count} items nobody owns" }
    QuestionnaireFor { zh: "问卷：{owner}", en: "Questionnaire for {owner}" }
    QuestionnaireIssuedBy { zh: "由 {by} 于 {when} 下发。", en: "Handed out by {by} on {when}." }
    QuestionnaireIssuedAt { zh: "于 {when} 下发。", en: "Handed out on {when}." }
    QuestionnaireProgress { zh: "已答 {answered} / {total} 项。", en: "{answered} of {total} items answered." }
    QuestionnaireHelp {
        zh: "这里只显示分配给您的检查项，概况信息为只读。作答后下载答复文件，发回给下发人。",
        en: "Only the items given to you are shown, and the profile is read-only. When done, download the answered file and send it back."
    }
    QuestionnaireReturn { zh: "下载答复文件", en: "Download the answered file" }
    MergeHeading { zh: "合并回收的文件", en: "Merge returned files" }
    MergeHelp {
        zh: "可一次选择或拖入多个文件：回收的问卷（JSON，或在 Excel 中填好的问卷工作簿），或同事导出的报告（任一角色）。每个文件单独检查，未接受的文件不影响其他文件；双方答复不同之处由您逐项选择，未选中的答复作为历史保留。",
        en: "Choose or drop any number of files: returned questionnaires (JSON, or questionnaire workbooks filled in Excel), or colleagues' reports of either role. Each is checked on its own and a refused file stops no other; where answers differ you choose, and the answers not chosen are kept as history."
    }
    MergeChooseFiles { zh: "选择要合并的文件", en: "Choose files to merge" }
    MergeYours { zh: "本机现有", en: "Yours here" }
    MergeTakenQuestionnaire { zh: "已接受：{owner} 的问卷", en: "taken: questionnaire of {owner}" }
    MergeTakenProvider { zh: "已接受：云服务商报告", en: "taken: provider report" }
    MergeTakenAgency { zh: "已接受：党政机关报告", en: "taken: agency report" }
    QuestionnaireInstructionsLabel { zh: "给作答人的说明（随每份问卷发出，显示在其顶部）", en: "Instructions for the person answering (sent with every questionnaire, shown at its top)" }
    QuestionnaireInstructionsDefault {
        zh: "请逐项作答：选择状态，必要时写明理由、备注和证据；拿不准的项可先留空并在备注中说明。全部答完后下载答复文件，交回发出本问卷的人。用 Excel 作答的，在“状态”列的下拉框中选择，保存后交回。",
        en: "Answer each item: pick its status and, where needed, write the justification, a note and the evidence; leave an item you are unsure of blank and say why in a note. When done, download the answered file and send it back to whoever handed the questionnaire out. In Excel, pick the status from the Status column's list, then save and send the workbook back."
    }
    QuestionnaireInstructionsHeading { zh: Term::SenderInstructions, en: "Instructions from the sender" }
    MergeAnswerInstead {
        zh: "“{file}”是一份问卷，而您这里还没有任何答复：合并不会带来新内容。如果这份问卷是发给您作答的，请打开它作答。",
        en: "\"{file}\" is a questionnaire and there are no answers here yet, so merging it brings nothing. If it was handed to you to answer, open it and answer it."
    }
    MergeEdited { zh: "导出后被修改过", en: "edited after export" }
    MergeSummary {
        zh: "接受 {files} 个文件，未接受 {refused} 个；直接采用 {applied} 条；冲突 {conflicts} 处；未知检查项 {unknown} 条；带入清单 {catalogs} 个。",
        en: "{files} files taken, {refused} refused; {applied} applied as they were; {conflicts} conflicts; {unknown} answers to unknown items; {catalogs} catalogs brought in."
    }
    MergeConflictsHelp { zh: "以下检查项双方答复不同，请逐项选择要采用的答复：", en: "These differ between the files; choose the answer to keep for each:" }
    MergeNewestAll { zh: "全部采用最新的答复", en: "Take the newest everywhere" }
    MergeYoursAll { zh: "全部保留本机答复", en: "Keep yours everywhere" }
    MergeApply { zh: "合并", en: "Merge" }
    MergeUndecided { zh: "还有 {count} 处未选择", en: "{count} still to choose" }
    MergeCancel { zh: "取消，不做任何改动", en: "Cancel, change nothing" }
    MergeDone { zh: "已合并。", en: "Merged." }
    MergeDoneKept { zh: "已合并；未选中的答复作为各检查项的历史保留。", en: "Merged; the answers not chosen are kept as each item's history." }
    MergeWorkload { term: Term::Workload }
    MergePlatform { term: Term::CandidatePlatform }
    MergeLevel { zh: "等保 {level} 级", en: "level {level}" }
    MergeObligations { zh: "义务答复 {count} 条", en: "{count} obligation answers" }
    MergeHistoryHelp {
        zh: "请先保存下列历史记录文件（每个文件都是可由本工具读回的报告），再点“合并”。",
        en: "Save the history files below first (each is a report this tool reads back), then merge."
    }
    MergeSaveHistory { zh: "保存 {name}（{count} 条记录）", en: "Save {name} ({count} entries)" }
    MergeHistorySaved { zh: "已保存", en: "saved" }
    MergeSaveHistoryFirst { zh: "请先保存历史记录文件", en: "Save the history files first" }
    DownloadRefused { zh: "未下载：", en: "Not downloaded:" }
    MergeNotApplied { zh: "此次合并无法进行，工作没有任何改动。", en: "This merge cannot be applied; nothing was changed." }
    CompareHeading { zh: "与之前的报告比较", en: "Compare with an earlier report" }
    CompareHelp { zh: "载入之前导出的报告（同一角色），查看此后的进展。", en: "Load a report exported earlier (same role) to see the progress since." }
    CompareChooseFile { zh: "选择之前的报告", en: "Choose the earlier report" }
    CompareRefused { zh: "“{file}”无法比较：", en: "\"{file}\" cannot be compared:" }
    CompareWith { zh: "与 {file}（{when} 生成）相比：", en: "Compared with {file} (made {when}):" }
    CompareCsv { zh: "下载比较结果 CSV", en: "Download the comparison (CSV)" }
    ComparePrint { zh: "打印比较结果", en: "Print the comparison" }
    CompareClose { zh: "关闭比较", en: "Close the comparison" }
    CompareNone { zh: "此后没有变化。", en: "No change since then." }
    CompareStatus { zh: "总体状态：{before} → {after}", en: "Overall status: {before} → {after}" }
    CompareOverall { zh: "总体就绪度：{before} → {after}", en: "Overall readiness: {before} → {after}" }
    CompareChart { zh: "各清单就绪度：之前（细条）与现在", en: "Readiness by catalog: then (thin bar) and now" }
    CompareRedLines { zh: "红线项状态变化", en: "red lines changed" }
    CompareArea { term: Term::Area }
    CompareAreasTable { zh: "各领域就绪度的变化", en: "Readiness by area: before and after" }
    CompareItemsTable { zh: "有变化的检查项", en: "Items that changed" }
    CompareWorkloadsTable { zh: "有变化的业务系统", en: "Workloads that changed" }
    CompareBefore { term: Term::Before }
    CompareAfter { zh: "现在", en: "Now" }
    CompareChange { term: Term::Change }
    CompareGap { zh: Term::Gaps, en: "Gap" }
    CompareFields { zh: "修改的字段", en: "Fields changed" }
    CompareVerdicts { zh: "结论统计（不得 / 不宜 / 待定级 / 有条件 / 可以）：{before} → {after}", en: "Verdicts (not to be moved / not suited / grade first / conditional / may use): {before} → {after}" }

    // Opening a file from anywhere: the one entry, and what a file is before it is used
    OpenFileLabel { zh: "打开文件…", en: "Open a file…" }
    OpenFileRegion { zh: "打开文件", en: "Open a file" }
    OpenFileHint {
        zh: "报告、问卷、保存的工作、业务系统清单、候选平台或检查表（JSON、CSV、Excel），也可拖到本页任意处。先说明是什么文件，再由您决定如何处理。",
        en: "A report, questionnaire, saved work, inventory, platform list or checklist (JSON, CSV, Excel), or drop it anywhere on this page. You are told what it is before anything is done with it."
    }
    OpenedReading { zh: "正在读取“{file}”…", en: "Reading \"{file}\"…" }
    OpenedHeading { zh: "打开的文件：{file}", en: "File opened: {file}" }
    OpenedRefused { zh: "无法使用此文件，当前工作未做任何改动：", en: "This file cannot be used; your work is unchanged:" }
    OpenedProviderReport {
        zh: "这是一份云服务商自评估报告（{when} 生成）。",
        en: "This is a provider's self-check report (made {when})."
    }
    OpenedAgencyReport {
        zh: "这是一份党政机关上云分类报告（{when} 生成）。",
        en: "This is an agency's workload classification report (made {when})."
    }
    OpenedQuestionnaire {
        zh: "这是发给“{owner}”的自查问卷，共 {items} 项，已答 {answered} 项。",
        en: "This is a self-check questionnaire for \"{owner}\": {items} items, {answered} answered."
    }
    OpenedQuestionnaireFrom { zh: "发出人：{by}。", en: "Handed out by {by}." }
    OpenedQuestionnaireAnswer {
        zh: "如果这份问卷是发给您的：打开后逐项作答，完成后下载答复文件交回发出人。",
        en: "If it was handed to you: open it, answer each item, then download the answered file and send it back."
    }
    OpenedQuestionnaireMerge {
        zh: "如果是您发出、对方已作答交回的：把其中的答复合并到您的工作中。",
        en: "If you handed it out and it came back answered: merge its answers into your work."
    }
    OpenedSession { zh: "这是浏览器窗口保存的工作（{parts}）。", en: "This is work a browser window saved ({parts})." }
    OpenedSessionProvider { zh: "云服务商部分", en: "the provider's part" }
    OpenedSessionAgency { zh: "党政机关部分", en: "the agency's part" }
    OpenedSessionBoth { zh: "云服务商和党政机关两部分", en: "both the provider's and the agency's parts" }
    OpenedInventory { zh: "这是一份业务系统清单（{rows} 行）。", en: "This is an inventory of workloads ({rows} rows)." }
    OpenedPlatforms { zh: "这是一份候选云平台清单（{rows} 行）。", en: "This is a list of candidate platforms ({rows} rows)." }
    OpenedCatalog { zh: "这是一份检查表（{rows} 行），可作为本单位自己的检查清单导入。", en: "This is a checklist ({rows} rows), which can be loaded as your own catalog." }
    OpenedQuestionnaireSheet {
        zh: "这是在 Excel 中填写的问卷（工作表“{sheet}”，{rows} 行），其答复可合并到您的工作中。",
        en: "This is a questionnaire filled in Excel (sheet \"{sheet}\", {rows} rows); its answers can be merged into your work."
    }
    OpenedChoose { zh: "要怎么处理？", en: "What should be done with it?" }
    OpenAnswer { zh: "打开并作答", en: "Open and answer it" }
    OpenResume { zh: "以它继续工作", en: "Carry on from it" }
    OpenResumeReplaces { zh: "（将替换当前工作，会先请您确认）", en: "(replaces your current work: you are asked first)" }
    OpenCompare { zh: "与当前工作比较", en: "Compare with your work" }
    OpenMerge { zh: "合并到当前工作", en: "Merge into your work" }
    OpenAddInventory { zh: "加入业务系统清单", en: "Add to the inventory" }
    OpenReplaceInventory { zh: "替换业务系统清单", en: "Replace the inventory" }
    OpenAddPlatforms { zh: "加入候选平台", en: "Add to the candidate platforms" }
    OpenReplacePlatforms { zh: "替换候选平台", en: "Replace the candidate platforms" }
    OpenLoadCatalog { zh: "作为检查表导入", en: "Load it as a catalog" }
    OpenCancel { zh: "不处理", en: "Leave it" }
    // A provider report's signer, on a platform
    PlatformExpectedFingerprint { zh: "服务商签名密钥指纹", en: "Provider's signing key fingerprint" }
    PlatformExpectedFingerprintHelp {
        zh: "照服务商盖章报告封面上打印的指纹填写（64 位十六进制，空格、冒号不限）；载入的报告须由这把密钥签名才被采信。",
        en: "Type it from the cover of the provider's sealed report (64 hex digits; spaces or colons are fine): a report loaded here is trusted only when this key signed it."
    }
    PlatformFingerprintInvalid {
        zh: "这不是密钥指纹：应为 64 位十六进制数字（0–9、a–f），未记录。",
        en: "This is not a key fingerprint: it has 64 hex digits (0–9, a–f). Not recorded."
    }
    ProviderReportUnsigned { zh: "报告未签名：不能证明出自该服务商。", en: "The report is not signed: nothing proves it is the provider's." }
    ProviderReportSignatureBroken {
        zh: "签名与报告内容不符：报告在签名后被改动过，或签名取自另一份报告。",
        en: "The signature does not match the report: it was changed after signing, or the signature is another report's."
    }
    ProviderReportSignerNotRecorded {
        zh: "签名有效（{when}），密钥指纹 {fingerprint}；尚未记录该服务商的指纹，请与盖章封面核对后填写。",
        en: "Validly signed ({when}) by the key with fingerprint {fingerprint}; no fingerprint is recorded for this provider: check it against the sealed cover and enter it."
    }
    ProviderReportSignerRecorded {
        zh: "签名有效（{when}），由记录的服务商密钥签名（指纹 {fingerprint}）。",
        en: "Validly signed ({when}) by the provider's recorded key (fingerprint {fingerprint})."
    }
    ProviderReportSignerOther {
        zh: "签名有效，但签名密钥（指纹 {fingerprint}）不是为该服务商记录的那一把。",
        en: "Validly signed, but by a key (fingerprint {fingerprint}) other than the one recorded for this provider."
    }
    QuestionnaireSignedWith {
        zh: "发回的文件将用本浏览器的签名密钥（指纹 {fingerprint}）签名，合并时可看出是谁作答。",
        en: "The file you send back is signed with this browser's signing key (fingerprint {fingerprint}), so the merge shows who answered."
    }
    QuestionnaireUnsigned {
        zh: "发回的文件不签名；如需证明由你作答，可先在“报告”页生成或导入签名密钥。",
        en: "The file you send back is not signed; to prove you answered it, make or import a signing key on the Report page first."
    }
    // The signing key (report page)
    SigningKeyHeading { zh: "签名密钥", en: "Signing key" }
    SigningKeyHelp {
        zh: "用 SM2 密钥（GB/T 32918，配合 SM3）为下载的 JSON 报告签名，可证明报告出自持有该密钥的一方，且签名后未被改动。密钥只保存在本浏览器中，不会写入报告、保存的工作或任何日志。打印件封面会印出密钥指纹，盖章后交给对方，对方即可核对；没有本工具的人也能用 OpenSSL 验证签名（见 README）。签名并非规章的要求。",
        en: "Sign the JSON reports you download with an SM2 key (GB/T 32918, with SM3): the signature shows the report comes from whoever holds the key and has not changed since. The key stays in this browser: never in a report, the saved work or any log. The printout's cover prints the key's fingerprint; sealed and handed over, it lets the other side check; anyone can verify the signature with OpenSSL, without this tool (see the README). No rule requires a signature."
    }
    SigningKeyNone { zh: "本浏览器中还没有签名密钥。", en: "There is no signing key in this browser yet." }
    SigningKeyGenerate { zh: "生成签名密钥", en: "Generate a signing key" }
    SigningKeyImportHelp {
        zh: "或导入已有的密钥：PKCS#8 PEM 文件（如 openssl genpkey -algorithm SM2 生成的），加密的须填写口令。",
        en: "Or import a key you have: a PKCS#8 PEM file (as openssl genpkey -algorithm SM2 writes); give the passphrase if it is encrypted."
    }
    SigningKeyFile { zh: "密钥文件", en: "Key file" }
    SigningKeyImportPassphrase { zh: "口令（未加密则留空）", en: "Passphrase (empty if not encrypted)" }
    SigningKeyImport { zh: "导入密钥", en: "Import the key" }
    SigningKeyChooseFile { zh: "请先选择密钥文件。", en: "Choose a key file first." }
    SigningKeyNotAKeyFile { zh: "该文件不是文本格式的密钥文件。", en: "This file is not a key file in text form." }
    SigningKeyFingerprint { zh: "密钥指纹（SM3）", en: "Key fingerprint (SM3)" }
    SigningKeySince { zh: "保存于本浏览器", en: "Kept in this browser since" }
    SigningKeyExportHelp {
        zh: "导出加密的密钥文件作为备份，或在另一台电脑上导入。请妥善保管文件和口令：持有二者的人都能以你的名义签名。",
        en: "Export the key, encrypted, as a backup or to import it on another computer. Keep the file and its passphrase safe: whoever has both can sign in your name."
    }
    SigningKeyPassphrase { zh: "口令", en: "Passphrase" }
    SigningKeyPassphraseRepeat { zh: "再次输入口令", en: "Passphrase again" }
    SigningKeyExport { zh: "导出加密的密钥", en: "Export the key, encrypted" }
    SigningKeyPassphraseShort { zh: "口令至少 {min} 个字符。", en: "The passphrase needs at least {min} characters." }
    SigningKeyPassphraseDiffers { zh: "两次输入的口令不一致。", en: "The two passphrases differ." }
    SigningKeyRemove { zh: "删除签名密钥", en: "Remove the signing key" }
    SigningKeyRemoveQuestion {
        zh: "确定从本浏览器删除指纹为 {fingerprint} 的签名密钥？未导出的话将无法恢复，已签名的报告仍然有效。",
        en: "Remove the signing key with fingerprint {fingerprint} from this browser? Unless exported, it cannot be recovered; reports already signed stay valid."
    }
    SigningKeyRemoveYes { zh: "确认删除密钥", en: "Yes, remove the key" }
    SigningKeyWorking { zh: "正在处理密钥（首次使用时需启动相应模块）……", en: "Working on the key (the first use starts the module)…" }
    SigningKeyMade { zh: "已生成签名密钥并保存在本浏览器中。", en: "A signing key was made and kept in this browser." }
    SigningKeyImported { zh: "已导入签名密钥并保存在本浏览器中。", en: "The signing key was imported and kept in this browser." }
    SigningKeyExported { zh: "已导出加密的密钥文件。", en: "The encrypted key file was saved." }
    SigningKeyRemoved { zh: "签名密钥已从本浏览器删除。", en: "The signing key was removed from this browser." }
    SigningKeyNotKept { zh: "未能在本浏览器中保存密钥（存储已满或被禁用）。", en: "The key could not be kept in this browser (storage full or disabled)." }
    SigningKeyNotRemoved { zh: "未能删除密钥（存储不可用），请稍后再试。", en: "The key could not be removed (storage unavailable); try again." }
    SignReports { zh: "用本浏览器的签名密钥为 JSON 报告签名", en: "Sign JSON reports with this browser's signing key" }
    SignReportsNoKey { zh: "下载的报告不会签名：本浏览器中没有签名密钥（见“签名密钥”）。", en: "Downloaded reports are not signed: there is no signing key in this browser (see “Signing key”)." }
    Signing { zh: "正在签名……", en: "Signing…" }
    ClearLocalConfirmKey {
        zh: "本浏览器中的签名密钥（指纹 {fingerprint}）也会被删除；如需保留，请先导出。",
        en: "The signing key kept in this browser (fingerprint {fingerprint}) is deleted too; export it first to keep it."
    }
    CoverSignerFingerprint { zh: "签名密钥指纹", en: "Signing key fingerprint" }
    CoverSignedNote {
        zh: "同一时刻下载的 JSON 报告带有用上述密钥作出的 SM2 签名（GB/T 32918，SM3），签名覆盖摘要所覆盖的全部内容。收件方应核对：报告中的指纹与本封面盖章处所印指纹一致，且签名验证通过（本工具或 OpenSSL，见 README）。",
        en: "The JSON report downloaded at the same moment carries an SM2 signature (GB/T 32918, SM3) made with this key, over everything the digest covers. The recipient checks that the fingerprint in the report equals the one printed here under the seal, and that the signature verifies (with this tool or OpenSSL, see the README)."
    }
    CoverUnsigned { zh: "JSON 报告未签名", en: "The JSON report is not signed" }
    CoverUnsignedNote {
        zh: "本报告的 JSON 文件没有签名：摘要只能发现无意的改动，不能证明报告出自盖章的单位。",
        en: "This report's JSON file is not signed: its digest catches accidental changes, but cannot prove it comes from the unit whose seal is here."
    }
}
}
