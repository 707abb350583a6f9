//! The UI string table. Keep keys grouped by the view that shows them.

ui_texts! {
    // Header and shell
    Tagline { zh: "云计算服务安全评估自查工具", en: "A self-check for China's cloud computing security assessment" }
    PrivacyNote {
        zh: "所有数据只保存在本浏览器中，不会上传到任何地方。",
        en: "All data stays in this browser. Nothing is uploaded anywhere."
    }
    SkipToContent { zh: "跳到主要内容", en: "Skip to main content" }
    LanguageLabel { zh: "界面语言", en: "Language" }
    NavLabel { zh: "主导航", en: "Main navigation" }
    NavProvider { zh: "云服务商自评", en: "Provider self-check" }
    NavAgency { zh: "党政机关上云分类", en: "Agency workload classification" }
    NavReport { zh: "差距报告", en: "Gap report" }
    StorageUnavailable {
        zh: "本浏览器不允许本地存储：您的选择只保留到关闭页面为止。",
        en: "This browser does not allow local storage: your choices last only until the page is closed."
    }

    // Provider view
    ProviderTitle { zh: "云服务商申报前自评", en: "Provider self-check before applying" }
    ProviderIntro {
        zh: "对照《云计算服务安全评估办法》（2019）第三条的七个评估重点、第六条的申报材料和第十二至十五条的义务，以及《云计算服务安全自律公约》（2023）的十条承诺，逐项自查，随时查看就绪程度和差距。",
        en: "Work through the seven focus areas of Art. 3, the application materials of Art. 6 and the duties of Arts. 12–15 of the 2019 Measures, and the ten commitments of the 2023 Convention, and see at every moment how ready you are and what is missing."
    }
    ProviderWho {
        zh: "适用于为党政机关、关键信息基础设施运营者提供云计算服务、准备申请安全评估的云服务商（《办法》第五条）。",
        en: "For cloud service providers that serve Party/government bodies or critical information infrastructure operators and plan to apply for the assessment (Measures, Art. 5)."
    }

    // Agency view
    AgencyTitle { zh: "党政部门上云前的业务分类", en: "Agency: classify workloads before moving to a cloud" }
    AgencyIntro {
        zh: "依据《关于加强党政部门云计算服务网络安全管理的意见》（中网办发文〔2014〕14号）第三条，逐个判断拟迁移的系统能否上云、需满足哪些条件，以及合同和所选云平台必须落实的要求。",
        en: "Following §3 of the 2014 Opinion (Zhongwangban Fawen [2014] No. 14), decide for each system you plan to move whether it may move, under which conditions, and what the contract and the chosen cloud platform must guarantee."
    }
    AgencyWho {
        zh: "适用于采购云计算服务的党政部门。涉及国家秘密或工作秘密的业务不得使用社会化云计算服务。",
        en: "For Party/government departments buying cloud services. Business involving state secrets or work secrets must not use socialised cloud services."
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
}
