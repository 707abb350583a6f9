//! The command line's own words, in both languages: what each command and option is for,
//! the help's headings, and the usage errors. Declared with the core's table macro, so a
//! key cannot exist in one language only; `{name}` placeholders are filled by the core's
//! one engine (`messages::fill_in`). The output of the commands themselves is the core's
//! (`messages::M`), but for `crosswalk`'s lines and the contradictions `validate` warns of,
//! which only the command line prints.

selfcheck_core::localized_table! {
    /// A text of the command line.
    T {
        // The help's headings.
        HeadingUsage { zh: "用法：", en: "USAGE:" }
        HeadingCommands { zh: "命令：", en: "COMMANDS:" }
        HeadingArguments { zh: "参数：", en: "ARGUMENTS:" }
        HeadingOptions { zh: "选项：", en: "OPTIONS:" }
        PlaceholderOptions { zh: "[选项]", en: "[OPTIONS]" }
        PlaceholderCommand { zh: "<命令>", en: "<COMMAND>" }

        // Options every command has.
        ArgHelp { zh: "显示此帮助", en: "Show this help" }
        ArgVersion { zh: "显示版本", en: "Show the version" }
        ArgLang {
            zh: "帮助、消息和输出的语言：zh-CN（中文）或 en（英文）；不给时由环境变量 LC_ALL、LC_MESSAGES、LANG 决定",
            en: "The language of help, messages and output: zh-CN (Chinese) or en (English); without it, LC_ALL, LC_MESSAGES or LANG decides"
        }

        RootAbout {
            zh: "selfcheck — 云评自查：云计算服务安全自查，在命令行上运行",
            en: "selfcheck — 云评自查 · Cloud Security Self-Check, on the command line"
        }
        RootAfter {
            zh: "一切都在本机运行，不向任何地方发送数据。\n\n语言：--lang zh-CN|en；不给时看 LC_ALL、LC_MESSAGES、LANG 中第一个有值的环境变量：以 zh 开头为中文，其他值为英文；都没有值时为中文。\n退出码：0 成功；1 文件未被接受或检查未通过（见各命令的帮助）；2 无法理解的命令行；verify 另用 3、4、5 区分未签名、签名无效和非预期密钥。\n每个命令的帮助：selfcheck 命令 --help；shell 补全：selfcheck completions bash|zsh|fish",
            en: "Everything runs locally; nothing is sent anywhere.\n\nLanguage: --lang zh-CN|en; without it, the first of LC_ALL, LC_MESSAGES and LANG that has a value: one starting with zh gives Chinese, any other English; none gives Chinese.\nExit status: 0 success; 1 a file refused or a check not passed (see each command's help); 2 a command line it does not understand; verify also uses 3, 4 and 5 for unsigned, an invalid signature and another key.\nEach command's help: selfcheck COMMAND --help; shell completions: selfcheck completions bash|zsh|fish"
        }

        ClassifyAbout {
            zh: "给业务系统清单分类（2014 意见第三部分），结果以 JSON 输出",
            en: "Classify an inventory of workloads (2014 Opinion §3): JSON on stdout"
        }
        ClassifyAfter {
            zh: "每个业务系统一个 JSON 对象，按输入顺序：名称、结论和引用条款的理由；给出 --platforms 时还有其平台和平台适配差距。\n退出码：清单或候选平台表未被接受时为 1（每个问题都在标准错误中指明位置，标准输出不打印任何内容）。",
            en: "One JSON object per workload, in input order: its name, verdict and cited reasons; with --platforms, its platform and platform-fit gaps too.\nExit status 1 when the inventory or the platforms file is refused (each problem located on stderr, nothing on stdout)."
        }
        ClassifyFile {
            zh: "业务系统清单：CSV 文件或 Excel 工作簿（.xlsx）",
            en: "The inventory of workloads: a CSV file or an Excel workbook (.xlsx)"
        }
        ClassifyPlatforms {
            zh: "候选平台：CSV 文件或 Excel 工作簿（读取其候选平台工作表），同时列出每个业务系统的平台适配差距",
            en: "The candidate platforms: a CSV file or an Excel workbook (its platforms sheet); adds each workload's platform-fit gaps"
        }
        ClassifyNeeds { zh: "classify 需要一个 CSV 文件或工作簿作为业务系统清单", en: "classify needs a CSV file or a workbook of workloads" }

        ValidateAbout {
            zh: "检查一份报告：格式、摘要，以及按其答复重新计算的每个数字",
            en: "Check a report: format, digest, and every figure recomputed from its answers"
        }
        ValidateAfter {
            zh: "退出码：只有内部一致的报告为 0，否则为 1 并说明原因。摘要是普通的 SHA-256，能发现意外改动，但不是签名。已签名的报告同时核验其 SM2 签名：有效时输出签名者的指纹，不符时为 1；未签名的报告会说明未签名（核验签名者请用 verify --expect）。",
            en: "Exit status 0 only for a consistent report; otherwise 1 with the reason. The digest is a plain SHA-256: it catches accidental changes, it is not a signature. A signed report's SM2 signature is checked too: when valid, the signer's fingerprint is printed; when it does not match, the status is 1; an unsigned report is said to be unsigned (to check who signed, use verify --expect)."
        }
        ValidateReport { zh: "报告（JSON）", en: "The report (JSON)" }
        ValidateNeeds { zh: "validate 需要一份报告", en: "validate needs a report" }

        CatalogAbout { zh: "检查或转换检查清单", en: "Check or convert a catalog" }
        CatalogCheckAbout {
            zh: "检查一份检查清单（JSON、CSV 表或工作簿）：章节、检查项和红线，或每个带位置的问题",
            en: "Check a catalog (JSON, a CSV sheet or a workbook): its sections, items and red lines, or every located problem"
        }
        CatalogCheckFile { zh: "检查清单文件", en: "The catalog file" }
        CatalogCheckNeeds { zh: "catalog check 需要一个检查清单文件", en: "catalog check needs a catalog file" }
        CatalogConvertAbout { zh: "把 CSV 表转换为本工具 JSON 格式的检查清单", en: "Turn a CSV sheet into a catalog in our JSON format" }
        CatalogConvertFile { zh: "CSV 表", en: "The CSV sheet" }
        CatalogConvertId { zh: "检查清单的编号", en: "The catalog's id" }
        CatalogConvertTitle { zh: "检查清单的标题", en: "The catalog's title" }
        CatalogConvertVersion { zh: "检查清单的版本（不给时为今天的日期）", en: "The catalog's version (today's date unless given)" }
        CatalogConvertOutput { zh: "要写入的 JSON 文件", en: "The JSON file to write" }
        CatalogConvertNeeds {
            zh: "catalog convert 需要一个 CSV 表以及 --id、--title 和 -o",
            en: "catalog convert needs a CSV sheet, --id, --title and -o"
        }

        MergeAbout {
            zh: "把退回的问卷或同事的报告合并到 BASE，每个冲突都列出",
            en: "Merge returned questionnaires or colleagues' reports into BASE, each conflict listed"
        }
        MergeAfter {
            zh: "不冲突的直接采用；冲突列出双方的答复、答复人和时间，除非 --prefer 决定，否则保留 BASE 的答复并以退出码 1 结束。未采用的答复作为历史保留在输出中；历史超出上限时，最早的历史移到输出旁的历史文件中。无法读取或角色不同的文件在标准错误中说明，其余照常合并，退出码为 1。",
            en: "What does not conflict is applied; each conflict is listed with both answers, who and when, and keeps BASE's answer with exit status 1 unless --prefer decides. Answers not chosen are kept as history in the output; history over its limit moves, oldest first, to history files beside it. A file that cannot be read, or is of the other role, is named on stderr, the rest are merged, and the exit status is 1."
        }
        MergeBase { zh: "作为基础的报告（JSON）", en: "The report to merge into (JSON)" }
        MergeOthers {
            zh: "要合并进来的文件：报告、问卷（JSON 或工作簿）或窗口保存的工作",
            en: "The files to merge in: reports, questionnaires (JSON or a workbook) or a window's saved work"
        }
        MergeOutput { zh: "要写入的合并结果（JSON）", en: "The merged report to write (JSON)" }
        MergePrefer {
            zh: "冲突如何决定：base（保留 BASE 的答复）、other（最后一个不同的文件）或 newest（答复时间最新的）",
            en: "How conflicts are decided: base (BASE's answer), other (the last file that differs) or newest (the newest answer)"
        }
        MergeNeeds {
            zh: "merge 需要一份基础报告、至少一个要合并的文件和 -o",
            en: "merge needs a base report, at least one other file and -o"
        }

        DiffAbout {
            zh: "同一角色的两份报告之间每个变化的答复和数字",
            en: "Every changed answer and figure between two reports of one role"
        }
        DiffAfter {
            zh: "两份报告的数字都按各自的答复重新计算；同一份报告比较时输出“没有变化。”。角色不同的两份报告不予比较（退出码 1）。",
            en: "Each report's figures are recomputed from its own answers; a report compared with itself prints \"No change.\". Reports of two roles are refused (exit status 1)."
        }
        DiffOld { zh: "较早的报告（JSON）", en: "The earlier report (JSON)" }
        DiffNew { zh: "较新的报告（JSON）", en: "The later report (JSON)" }
        DiffJson { zh: "以 JSON 输出比较结果", en: "Print the comparison as JSON" }
        DiffNeeds { zh: "diff 需要两份报告", en: "diff needs two reports" }

        CrosswalkAbout {
            zh: "答一次：某一范围内需要多少个答复（内置云服务商清单中等同的检查项只答一次）；或检查一份报告中相互矛盾的答复",
            en: "Answer once: how many answers a scope needs (equal items of the built-in provider catalogs answered once); or the answers of a report that contradict each other"
        }
        CrosswalkAfter {
            zh: "不给 --check 时：按 --tier 和 --level 的范围（默认增强级、等保第 4 级，即全部检查项），输出适用的检查项数、需要的答复数（每组等同项一个，其余每项一个）及其占比、每组等同项（清单和检查项的标题），以及其他关系（子集、交叉）的数目。\n给出 --check 时：按 validate 的方式读取报告，列出相互矛盾的答复：等同项答复不同，或某项达标而其一部分（子集）未达标；写明双方的状态、答复人和时间，带入的答复写明从哪一项带入。\n退出码：0 没有矛盾；1 有矛盾，或报告未被接受（党政机关的报告也是：只有云服务商的报告才检查矛盾）；2 无法理解的命令行（--check 不能与 --tier、--level 同时使用）。",
            en: "Without --check: for the scope of --tier and --level (by default the enhanced tier at MLPS level 4, that is every item), the items that apply, the answers they need (one per group of equal items, one per other item) and their share, each group of equal items (with its catalogs' and items' titles), and how many other relations (subset, intersect) there are.\nWith --check: the report is read as validate reads it, and the answers that contradict each other are listed: equal items answered differently, or an item met while a part of it (its subset) is not; each with both statuses, who answered and when, and for a carried answer the item it was carried from.\nExit status: 0 no contradiction; 1 contradictions, or the report refused (an agency's report too: only a provider's is checked for contradictions); 2 a command line it does not understand (--check cannot be used with --tier or --level)."
        }
        CrosswalkTier {
            zh: "能力级别：general（一般级）或 enhanced（增强级）；不给时为 enhanced",
            en: "The capability tier: general or enhanced; enhanced unless given"
        }
        CrosswalkLevel { zh: "等保级别：1 至 4；不给时为 4", en: "The MLPS level: 1 to 4; 4 unless given" }
        CrosswalkJson {
            zh: "以 JSON 输出：范围的数字和各组，或给出 --check 时的矛盾",
            en: "Print as JSON: the scope's figures and groups, or with --check the contradictions"
        }
        CrosswalkCheck {
            zh: "要检查矛盾答复的云服务商报告（JSON）",
            en: "A provider's report (JSON) whose answers are checked for contradictions"
        }
        CrosswalkScope {
            zh: "范围：{tier}，等保第 {level} 级。适用 {items} 项，需要 {answers} 个答复（{share}）：每组等同项只答一次。",
            en: "Scope: {tier} tier, MLPS level {level}. {items} items apply; {answers} answers cover them ({share}): each group of equal items is answered once."
        }
        CrosswalkGroups {
            zh: "等同项（{count} 组，每组一个答复，在组内带入）：",
            en: "Groups of equal items ({count}; one answer each, carried within the group):"
        }
        CrosswalkNoGroups { zh: "此范围内没有等同项。", en: "No group of equal items in this scope." }
        CrosswalkOtherRelations {
            zh: "其他关系：子集 {subset} 对，交叉 {intersect} 对（其间的答复只作建议，不带入）。",
            en: "Other relations: {subset} subset pairs, {intersect} intersecting pairs (answers are only proposed across them, never carried)."
        }
        CrosswalkCheckNone { zh: "没有相互矛盾的答复。", en: "No answers contradict each other." }
        CrosswalkCheckFound { zh: "{count} 处答复相互矛盾：", en: "{count} contradictions between answers:" }
        CrosswalkCheckAgency {
            zh: "这是{role}的报告；只有云服务商的报告才检查矛盾答复。",
            en: "This is a report of the {role} role; only a provider's report is checked for contradictions."
        }
        ContradictionEqualDiffers {
            zh: "等同项答复不同：{first} ≠ {second}",
            en: "equal items answered differently: {first} ≠ {second}"
        }
        ContradictionSupersetMet {
            zh: "某项达标而其一部分未达标：{first}，其部分 {second}",
            en: "an item met while a part of it is not: {first}, its part {second}"
        }
        ContradictionSide { zh: "{item}“{status}”（答复人：{by}，{at}）", en: "{item} \"{status}\" ({by}, {at})" }
        ContradictionSideCarried {
            zh: "{item}“{status}”（答复人：{by}，{at}；由 {from} 带入）",
            en: "{item} \"{status}\" ({by}, {at}; carried from {from})"
        }
        ValidateContradiction { zh: "警告：{contradiction}", en: "warning: {contradiction}" }

        EvidenceAbout { zh: "核对证据文件", en: "Check evidence files" }
        EvidenceVerifyAbout {
            zh: "按 DIR 中的文件核对报告里的每个证据指纹：一致、已变更或缺失",
            en: "Check each evidence fingerprint in the report against the files in DIR: matched, changed or missing"
        }
        EvidenceVerifyAfter {
            zh: "对 DIR 及其子文件夹中的每个文件计算哈希，按文件名对应，并列出没有答复提到的文件。退出码：只有每个指纹都一致时为 0。",
            en: "Hashes every file in DIR and its subfolders, matched by name, and lists the files no answer names. Exit status 0 only when every fingerprint matches."
        }
        EvidenceVerifyReport { zh: "报告（JSON）", en: "The report (JSON)" }
        EvidenceVerifyDir { zh: "存放证据文件的文件夹", en: "The folder holding the evidence files" }
        EvidenceVerifyJson { zh: "以 JSON 输出核对结果", en: "Print the checks as JSON" }
        EvidenceVerifyNeeds { zh: "evidence verify 需要一份报告和一个文件夹", en: "evidence verify needs a report and a folder" }

        KeyAbout { zh: "SM2 签名密钥：生成、查看指纹", en: "SM2 signing keys: generate one, show a key's fingerprint" }
        KeyGenerateAbout {
            zh: "生成 SM2 签名密钥对（GB/T 32918），写成 PKCS#8 PEM，并输出其指纹",
            en: "Generate an SM2 signing key pair (GB/T 32918) as PKCS#8 PEM, and print its fingerprint"
        }
        KeyGenerateAfter {
            zh: "给出 --passphrase-file 时私钥以该文件第一行为口令加密（PBES2：PBKDF2-SHA256 60 万次迭代、AES-256-CBC，OpenSSL 可读）；不给时私钥不加密，并会提示。公钥另写到同名的 .pub.pem 文件中（KEY.pem → KEY.pub.pem）。已存在的文件不会被覆盖。指纹是公钥 SubjectPublicKeyInfo DER 的 SM3 值，印在盖章的报告封面上。\n退出码：文件已存在、口令文件无法读取或为空、无法写入时为 1。",
            en: "With --passphrase-file, the private key is encrypted with that file's first line as passphrase (PBES2: PBKDF2-SHA256 with 600,000 iterations, AES-256-CBC, which OpenSSL reads); without it the key is written unencrypted, and that is said. The public key is written beside it as .pub.pem (KEY.pem → KEY.pub.pem). An existing file is never overwritten. The fingerprint is SM3 of the public key's SubjectPublicKeyInfo DER, printed on the sealed cover of the report.\nExit status 1 when a file exists already, the passphrase file cannot be read or is empty, or a file cannot be written."
        }
        KeyGenerateOutput { zh: "要写入的私钥文件（PEM）", en: "The private key file to write (PEM)" }
        KeyGeneratePassphraseFile {
            zh: "口令文件：用其第一行加密私钥（不给时私钥不加密）",
            en: "A passphrase file: its first line encrypts the private key (unencrypted without it)"
        }
        KeyGenerateNeeds { zh: "key generate 需要 -o", en: "key generate needs -o" }
        KeyFingerprintAbout {
            zh: "输出一个 SM2 私钥或公钥（PEM）的指纹",
            en: "Print the fingerprint of an SM2 private or public key (PEM)"
        }
        KeyFingerprintAfter {
            zh: "接受未加密或加密的 PKCS#8 私钥（openssl genpkey -algorithm SM2 生成的也可以）和公钥（PUBLIC KEY）。\n退出码：不是 SM2 密钥、口令缺少或不正确时为 1。",
            en: "Takes an unencrypted or encrypted PKCS#8 private key (one made by openssl genpkey -algorithm SM2 too) or a public key (PUBLIC KEY).\nExit status 1 when it is not an SM2 key, or the passphrase is missing or wrong."
        }
        KeyFingerprintFile { zh: "私钥或公钥文件（PEM）", en: "The private or public key file (PEM)" }
        KeyPassphraseFile {
            zh: "口令文件：其第一行是加密私钥的口令",
            en: "A passphrase file: its first line is the encrypted private key's passphrase"
        }
        KeyFingerprintNeeds { zh: "key fingerprint 需要一个密钥文件", en: "key fingerprint needs a key file" }

        SignAbout {
            zh: "用 SM2 私钥为报告签名：报告增加 signature 成员，摘要不变",
            en: "Sign a report with an SM2 private key: the report gains a signature member, its digest unchanged"
        }
        SignAfter {
            zh: "签名覆盖摘要所覆盖的同一组字节（摘要值视为空、不含 signature 成员），任何人都能按 README 的步骤用 OpenSSL 核验。不给 -o 时写回原报告文件。摘要与内容不符（被改动过）或已签名的报告不予签名。\n退出码：报告或密钥未被接受、无法写入时为 1。",
            en: "The signature covers the bytes the digest covers (the digest read as empty, no signature member), so anyone can check it with OpenSSL by the README's steps. Without -o the report file itself is rewritten. A report whose digest does not match its content (edited), or one already signed, is not signed.\nExit status 1 when the report or the key is refused, or the file cannot be written."
        }
        SignReport { zh: "要签名的报告（JSON）", en: "The report to sign (JSON)" }
        SignKey { zh: "SM2 私钥文件（PKCS#8 PEM）", en: "The SM2 private key file (PKCS#8 PEM)" }
        SignOutput { zh: "要写入的已签名报告（不给时写回原文件）", en: "The signed report to write (the report itself unless given)" }
        SignNeeds { zh: "sign 需要一份报告和 --key", en: "sign needs a report and --key" }

        VerifyAbout {
            zh: "核验报告的 SM2 签名，并输出签名者的指纹",
            en: "Check a report's SM2 signature, and print the signer's fingerprint"
        }
        VerifyAfter {
            zh: "--expect 给出预期的指纹（照盖章封面上的抄写；空格、冒号、大小写、全角均可）。\n退出码：0 签名有效（给出 --expect 时还须是该密钥）；1 文件不是可读的报告；3 报告未签名；4 签名无效（签名后被改动、签名取自另一份报告或签名成员不成立）；5 签名有效但不是 --expect 的密钥。",
            en: "--expect gives the fingerprint expected (as typed from the sealed cover; spaces, colons, any case, full-width forms all do).\nExit status: 0 a valid signature (with --expect, by that key); 1 the file is not a report that reads; 3 the report is not signed; 4 the signature is not valid (changed since it was signed, taken from another report, or a malformed signature member); 5 a valid signature by a key other than --expect's."
        }
        VerifyReport { zh: "要核验的报告（JSON）", en: "The report to check (JSON)" }
        VerifyExpect {
            zh: "预期签名者的指纹（64 位十六进制）",
            en: "The expected signer's fingerprint (64 hex digits)"
        }
        VerifyNeeds { zh: "verify 需要一份报告", en: "verify needs a report" }

        XlsxAbout {
            zh: "把报告写成 Excel 工作簿（问卷的报告写成待填写的问卷）",
            en: "The report as an Excel workbook (a questionnaire's as one to fill in)"
        }
        XlsxReport { zh: "报告（JSON）", en: "The report (JSON)" }
        XlsxOutput { zh: "要写入的工作簿（.xlsx）", en: "The workbook to write (.xlsx)" }
        XlsxNeeds { zh: "xlsx 需要一份报告和 -o", en: "xlsx needs a report and -o" }

        DocxAbout {
            zh: "把报告写成 Word 文档（.docx）：云服务商的自查报告或整改计划，党政机关的上云评估报告",
            en: "The report as a Word document (.docx): a provider's self-check report or remediation plan, an agency's assessment"
        }
        DocxReport { zh: "报告文件（JSON）", en: "The report file (JSON)" }
        DocxOutput { zh: "要写入的 Word 文档（.docx）", en: "The Word document to write (.docx)" }
        DocxKind {
            zh: "report：报告本身（默认）；plan：整改计划，逐项列出差距及其负责人和目标日期（仅限云服务商的报告）",
            en: "report: the report itself (the default); plan: the remediation plan, every gap with its owner and target date (a provider's report only)"
        }
        DocxNeeds { zh: "docx 需要一份报告和 -o", en: "docx needs a report and -o" }

        SourcesAbout { zh: "列出检查所依据的法规、公约和标准", en: "List the regulations, convention and standards the checks cite" }
        SourcesJson { zh: "以 JSON 输出", en: "Print them as JSON" }

        CompletionsAbout { zh: "输出 shell 补全脚本", en: "Print a shell completion script" }
        CompletionsAfter {
            zh: "例如：selfcheck completions bash > ~/.local/share/bash-completion/completions/selfcheck",
            en: "For example: selfcheck completions bash > ~/.local/share/bash-completion/completions/selfcheck"
        }
        CompletionsShell { zh: "shell：bash、zsh 或 fish", en: "The shell: bash, zsh or fish" }
        CompletionsNeeds { zh: "completions 需要一个 shell：bash、zsh 或 fish", en: "completions needs a shell: bash, zsh or fish" }

        HelpAbout { zh: "显示此帮助，或某个命令的帮助", en: "Show this help, or a command's" }
        HelpCommand { zh: "要显示帮助的命令", en: "The command to show the help of" }
        VersionAbout { zh: "显示版本", en: "Show the version" }

        // Usage errors: `selfcheck COMMAND: …`, then the usage and where the help is.
        ErrUnknownCommand { zh: "未知命令“{name}”", en: "unknown command \"{name}\"" }
        ErrUnknownOption { zh: "未知选项“{name}”", en: "unknown option \"{name}\"" }
        ErrUnexpectedArgument { zh: "多余的参数“{name}”", en: "unexpected argument \"{name}\"" }
        ErrDidYouMean { zh: "是否想用“{name}”？", en: "did you mean \"{name}\"?" }
        ErrAsValue { zh: "若要把它作为值，请在它前面加 --", en: "to pass it as a value, put -- before it" }
        ErrInvalidValue { zh: "{option} 只接受 {values}，不接受“{value}”", en: "{option} takes {values}, not \"{value}\"" }
        ErrNotAValue { zh: "{option} 不接受“{value}”", en: "{option} cannot take \"{value}\"" }
        ErrNeedsValue { zh: "{option} 需要一个值", en: "{option} needs a value" }
        ErrNeedsFile { zh: "{option} 需要一个文件", en: "{option} needs a file" }
        ErrNeedsOneOf { zh: "{option} 需要一个值：{values}", en: "{option} needs a value: {values}" }
        ErrTwice { zh: "{option} 给了两次", en: "{option} is given twice" }
        ErrConflict { zh: "{option} 不能与 {other} 同时使用", en: "{option} cannot be used with {other}" }
        ErrMissing { zh: "{needs}（缺少：{missing}）", en: "{needs} (missing: {missing})" }
        ErrNeedsCommand { zh: "{command} 需要一个命令：{commands}", en: "{command} needs a command: {commands}" }
        ErrNotUtf8 { zh: "命令行参数不是有效的 UTF-8", en: "an argument is not valid UTF-8" }
        ErrNotUnderstood { zh: "无法理解的命令行", en: "the command line is not understood" }
        ErrMoreHelp { zh: "帮助：", en: "For help:" }
        ErrCannotWrite { zh: "无法写出输出：{detail}", en: "cannot write output: {detail}" }
        Or { zh: "或", en: "or" }
    }
}
