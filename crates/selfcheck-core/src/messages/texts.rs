//! The core's message table. Keys are grouped by what gives them; `{name}` is a
//! placeholder filled by `Message::render`. Words other tables use too are the terms
//! table's (`terms::Term`), referred to here.

use super::terms::Term;

crate::localized_table! {
    /// A message key of the core. `Message::new(M::Key)` starts a message.
    M {
        // Words the messages fill in (`Message::term`), some the forms of a shared term.
        CountedWorkloads { zh: Term::Workload, en: "workloads" }
        CountedPlatforms { zh: Term::CandidatePlatform, en: "platforms" }
        CountedAnswers { zh: Term::Answer, en: "answers" }
        CountedObligations { zh: "义务答复", en: "obligation answers" }
        CountedCatalogs { zh: "导入的清单", en: "loaded catalogs" }
        CountedHistory { zh: "合并留存的答复", en: "values kept from merges" }
        CountedQuestionnaireItems { zh: "问卷检查项", en: "questionnaire items" }
        CountedEvidenceFiles { zh: "证据文件", en: "evidence files" }
        GapsColumnEvidenceFiles { zh: "证据文件指纹", en: "evidence_files" }
        RoleProvider { zh: Term::Provider, en: "provider" }
        RoleAgency { zh: Term::PartyGovernment, en: "agency" }
        FieldWorkloadLevel { zh: "业务系统的等级保护级别", en: "a workload's protection level" }
        FieldPlatformLevel { zh: "候选平台的等级保护级别", en: "a platform's protection level" }
        FieldProfileLevel { zh: "本平台的等级保护级别", en: "the platform's own protection level" }

        FileUnreadable { zh: "无法读取该文件：{detail}", en: "The file could not be read: {detail}" }

        // Signing keys and SM2 signatures (selfcheck-sign).
        SignKeyNotPem {
            zh: "这不是 PEM 格式的密钥文件（应以“-----BEGIN PRIVATE KEY-----”或“-----BEGIN ENCRYPTED PRIVATE KEY-----”开头）。",
            en: "This is not a PEM key file (it should begin \"-----BEGIN PRIVATE KEY-----\" or \"-----BEGIN ENCRYPTED PRIVATE KEY-----\")."
        }
        SignKeyIsPublic {
            zh: "这是公钥，签名需要私钥文件（PRIVATE KEY）。公钥用于核验签名和计算指纹。",
            en: "This is a public key; signing needs the private key file (PRIVATE KEY). A public key serves to check signatures and to compute the fingerprint."
        }
        SignKeyOtherPem {
            zh: "这个 PEM 文件的类型是“{label}”，不是 PKCS#8 私钥。可用 openssl pkcs8 -topk8 转换为 PKCS#8 格式。",
            en: "This PEM file holds \"{label}\", not a PKCS#8 private key. openssl pkcs8 -topk8 converts a key to PKCS#8."
        }
        SignKeyNotSm2 {
            zh: "这是 {algorithm} 密钥，不是 SM2 密钥。报告签名只用 SM2（GB/T 32918）密钥，可用 openssl genpkey -algorithm SM2 生成。",
            en: "This is an {algorithm} key, not an SM2 key. Reports are signed with SM2 keys only (GB/T 32918); openssl genpkey -algorithm SM2 makes one."
        }
        SignKeyPassphraseNeeded {
            zh: "这个私钥已加密，需要口令才能打开。",
            en: "This private key is encrypted: a passphrase is needed to open it."
        }
        SignKeyWrongPassphrase {
            zh: "口令不正确，无法解开这个加密私钥。",
            en: "The passphrase is wrong: it does not open this encrypted private key."
        }
        SignKeyEncryptionUnsupported {
            zh: "这个私钥的加密方式（{detail}）不受支持或代价超出限制。可用 openssl pkcs8 -topk8 -v2 aes-256-cbc 重新加密。",
            en: "This private key's encryption ({detail}) is not supported or costs more than allowed. openssl pkcs8 -topk8 -v2 aes-256-cbc encrypts it again in a form that is read."
        }
        SignKeyMalformed {
            zh: "密钥文件已损坏，无法解析为 PKCS#8 私钥：{detail}",
            en: "The key file is damaged and does not decode as a PKCS#8 private key: {detail}"
        }
        SignPublicKeyNotSpki {
            zh: "签名所附的公钥不是有效的 SubjectPublicKeyInfo（DER）。",
            en: "The public key given with the signature is not a valid SubjectPublicKeyInfo (DER)."
        }
        SignPublicKeyNotSm2 {
            zh: "签名所附的公钥是 {algorithm} 密钥，不是 SM2 公钥。",
            en: "The public key given with the signature is an {algorithm} key, not an SM2 public key."
        }
        SignPublicKeyOffCurve {
            zh: "签名所附的公钥不是 SM2 曲线上的点，不能用来核验。",
            en: "The public key given with the signature is not a point on the SM2 curve, so nothing can be checked with it."
        }
        SignSignatureNotDer {
            zh: "签名值不是 DER 编码的 SM2 签名（r、s 两个整数，且在取值范围内）。",
            en: "The signature value is not a DER-encoded SM2 signature (two integers r and s, within range)."
        }
        SignReportEdited {
            zh: "报告的摘要与内容不符（写出后被改动过），不予签名：签名会为改动作保证。请用本工具重新导出后再签名。",
            en: "The report's digest does not match its content (it was changed after it was written), so it is not signed: a signature would vouch for the change. Export it again from the tool, then sign it."
        }
        SignReportAlreadySigned {
            zh: "报告已由指纹为 {fingerprint} 的密钥签名，不再签名。",
            en: "The report is already signed, by the key with fingerprint {fingerprint}; it is not signed again."
        }
        SignReportSignedAt { zh: "签名时间“{found}”不是 RFC 3339 格式的时间，未签名。", en: "The signing time \"{found}\" is not an RFC 3339 time; nothing was signed." }
        // What the CLI's key, sign and verify commands and validate say.
        SignCliKeyWritten { zh: "私钥已写入 {path}（已用口令加密）。", en: "The private key is written to {path} (encrypted with the passphrase)." }
        SignCliKeyWrittenPlain {
            zh: "私钥已写入 {path}，未加密：任何能读到该文件的人都能以你的名义签名。请妥善保管，或用 --passphrase-file 生成加密的私钥。",
            en: "The private key is written to {path}, unencrypted: anyone who can read the file can sign in your name. Keep it safe, or generate an encrypted one with --passphrase-file."
        }
        SignCliPublicWritten { zh: "公钥已写入 {path}。", en: "The public key is written to {path}." }
        SignCliFingerprint { zh: "指纹：{fingerprint}", en: "Fingerprint: {fingerprint}" }
        SignCliFileExists { zh: "{path} 已存在，为免覆盖密钥，未写入任何文件。", en: "{path} exists already; nothing was written, so that no key is overwritten." }
        SignCliPassphraseEmpty { zh: "口令文件的第一行是空的，不能作为口令。", en: "The passphrase file's first line is empty, which is no passphrase." }
        SignCliSigned { zh: "报告已签名，写入 {path}。签名者指纹：{fingerprint}", en: "The report is signed and written to {path}. Signer's fingerprint: {fingerprint}" }
        SignCliValid {
            zh: "签名有效：报告由指纹为 {fingerprint} 的密钥于 {signed_at} 签名，签名后未被改动。",
            en: "The signature is valid: the report was signed by the key with fingerprint {fingerprint} at {signed_at}, and not changed since."
        }
        SignCliExpected { zh: "这正是预期的密钥。", en: "This is the key expected." }
        SignCliOtherKey {
            zh: "但签名者不是预期的密钥（预期指纹 {expected}）：报告出自另一密钥的持有者。",
            en: "But the signer is not the key expected (expected fingerprint {expected}): the report comes from whoever holds another key."
        }
        SignCliUnsigned { zh: "这份报告没有签名（没有 signature 成员），无法证明出自谁。", en: "This report is not signed (it has no signature member), so nothing proves who made it." }
        SignCliValidateSigned {
            zh: "签名：有效，签名者指纹 {fingerprint}，签于 {signed_at}。请与盖章封面上的指纹核对。",
            en: "Signature: valid, by the key with fingerprint {fingerprint}, signed at {signed_at}. Compare it with the fingerprint on the sealed cover."
        }
        SignCliValidateUnsigned { zh: "签名：无，报告没有签名。", en: "Signature: none, the report is not signed." }
        SignSignatureMismatch {
            zh: "签名与内容不符：签名后内容被改动过，或签名不是用所附公钥对应的私钥作出的。",
            en: "The signature does not match the content: the content was changed after signing, or the signature was not made with the private key of the public key given."
        }
        OpenedTableUnknown {
            zh: "未能识别这张表：它的表头（{header}）既不是业务系统清单、候选平台、检查表，也不是问卷的列。可先下载相应模板对照表头。",
            en: "This table was not recognised: its header ({header}) names the columns of no inventory, platform list, checklist or questionnaire. The templates show the headers expected."
        }

        // Reading a report or a saved session.
        ReportTooLarge {
            zh: "文件过大（{size} MB），报告上限为 {limit} MB，未读取。",
            en: "The file is too large ({size} MB); reports are limited to {limit} MB. It was not read."
        }
        ReportNotUtf8 {
            zh: "文件不是 UTF-8 文本，不是本工具导出的报告。",
            en: "The file is not UTF-8 text, so it is not a report from this tool."
        }
        ReportNotJson { zh: "文件不是有效的 JSON（第 {line} 行第 {column} 列）：{detail}", en: "The file is not valid JSON (line {line}, column {column}): {detail}" }
        ReportNotOurs {
            zh: "这是 JSON 文件，但不是云评自查报告（缺少 \"format\": \"{format}\"）。",
            en: "This is JSON, but not a Cloud Self-Check report (no \"format\": \"{format}\")."
        }
        ReportNewer {
            zh: "报告格式版本 {found} 比本工具支持的版本 {supported} 新，请使用新版工具打开。",
            en: "The report's format version {found} is newer than this tool reads ({supported}); open it with a newer version."
        }
        ReportBadFingerprint {
            zh: "检查项 {item} 的证据文件“{name}”的指纹不是 SHA-256/SM3 值（各 64 位十六进制），报告可能被改动。",
            en: "The fingerprint of the evidence file \"{name}\" on {item} is not a SHA-256/SM3 value (64 hex digits each): the report may have been edited."
        }
        ProviderReportNotProvider {
            zh: "这是党政机关的报告，不是云服务商的自查报告。",
            en: "This is an agency's report, not a provider's self-check."
        }
        // The problem worded by the first-use module in both languages.
        ProviderReportRefused { zh: "此报告不能用来填写平台：{problem}", en: "This report cannot fill the platform: {problem}" }
        ModuleUnavailable {
            zh: "此浏览器未能启动这项功能（{detail}），请换用新版浏览器后重试。",
            en: "This browser could not start this feature ({detail}); try again in a current browser."
        }
        EvidenceMatched { zh: "一致  {item}  {name}（{path}）", en: "matched  {item}  {name} ({path})" }
        EvidenceChanged { zh: "已改变  {item}  {name}（{path} 的内容与记录不同）", en: "changed  {item}  {name} ({path} differs from the record)" }
        EvidenceMissing { zh: "缺失  {item}  {name}（文件夹中没有此文件）", en: "missing  {item}  {name} (no such file in the folder)" }
        EvidenceUnnamed { zh: "未记录  {path}（没有答复引用此文件）", en: "not named  {path} (no answer names this file)" }
        EvidenceSummary {
            zh: "{total} 个指纹中 {matched} 个一致；{unnamed} 个文件未被引用。",
            en: "{matched} of {total} fingerprints matched; {unnamed} files not named by any answer."
        }
        ReportQuestionnaireOwner {
            zh: "该问卷未写明答复部门或答复人（questionnaire.owner 为空）。",
            en: "The questionnaire names no owner (questionnaire.owner is empty)."
        }
        ReportBadVersion { zh: "报告缺少有效的 format_version。", en: "The report has no valid format_version." }
        ReportInvalid {
            zh: "报告第 {line} 行第 {column} 列不符合格式要求：{detail}",
            en: "The report does not match its format at line {line}, column {column}: {detail}"
        }
        ReportTooMany {
            zh: "报告中的{what}数量（{count}）超过上限 {limit}。",
            en: "The report has {count} {what}, over the limit of {limit}."
        }
        ReportBadTimestamp {
            zh: "{field} 的值“{value}”不是 RFC 3339 日期时间。",
            en: "{field} is \"{value}\", not an RFC 3339 date and time."
        }
        ReportRoleSection {
            zh: "角色为“{role}”的报告必须有且只有 {role_code} 部分。",
            en: "A report of role \"{role}\" must have its {role_code} section, and only it."
        }
        ReportUnsortedModels {
            zh: "service_models 必须按顺序排列且不重复。",
            en: "service_models must be sorted and without duplicates."
        }
        ReportLevelOutOfRange {
            zh: "“{name}”：{what}为 {value}，应为 1–5。",
            en: "\"{name}\": {what} is {value}, outside 1–5."
        }
        ReportDuplicatePlatform {
            zh: "有两个候选平台同名：“{name}”。",
            en: "Two platforms have the same name: \"{name}\"."
        }
        ReportDigestMismatch {
            zh: "校验值与内容不符：该文件在导出后被修改过。",
            en: "The digest does not match the content: the file was changed after it was exported."
        }
        ReportUnknownItems {
            zh: "有 {count} 条答复对应的检查项不在本版本清单中，已原样保留：{ids}",
            en: "{count} answers refer to items this version does not have; they are kept as they are: {ids}"
        }
        ReportUnknownItemsMore {
            zh: "有 {count} 条答复对应的检查项不在本版本清单中，已原样保留：{ids}……（另 {more} 项）",
            en: "{count} answers refer to items this version does not have; they are kept as they are: {ids}, … (+{more})"
        }
        ReportCatalogChanged {
            zh: "报告使用的清单 {id} 与本版本内容不同，分数可能不同。",
            en: "The report used different content for catalog {id}; scores may differ."
        }
        ReportCatalogUpgraded {
            zh: "报告按清单 {id} 的 {from} 版作答，本工具为 {to} 版：{changed} 项内容有变（答复保留，标为待复核），{removed} 项已删除（答复保留，不计分），{added} 项为新增（未作答）。",
            en: "The report answered version {from} of catalog {id}; this tool has {to}: {changed} items changed (answers kept, flagged for review), {removed} removed (answers kept, out of scores), {added} new (unanswered)."
        }
        ReportCatalogUnknown {
            zh: "报告使用的清单 {id} 本工具没有，相关答复已原样保留。",
            en: "The report used catalog {id}, which this tool does not have; its answers are kept as they are."
        }
        ReportMigrated {
            zh: "报告来自旧格式版本 {from}，已转换为当前格式。",
            en: "The report was in the older format version {from} and has been brought up to date."
        }
        SessionNotOurs {
            zh: "这不是本工具自动保存的数据（format 为“{found}”）。",
            en: "This is not data this tool saved (its format is \"{found}\")."
        }
        SessionNewer {
            zh: "这份数据由更新版本的工具保存（版本 {found}，本工具读取到版本 {supported}）。",
            en: "This data was saved by a newer version of the tool (version {found}; this one reads up to {supported})."
        }

        // `selfcheck validate`.
        ValidateAsOf {
            zh: "as_of（{as_of}）与生成日期（{made_on}）不符：期限和有效期可能按另一天计算。",
            en: "as_of ({as_of}) is not the day it was generated ({made_on}): deadlines and validity may be computed for another day."
        }
        ValidateCarriedNotAsGiven {
            zh: "有 {count} 条标为“由等同项带入”的答复与所依据的答复不符：带入的状态被手工改动过。",
            en: "{count} answers marked as carried from an equal item are not what the answers they rest on give: a carried status was edited by hand."
        }
        ValidateFiguresDiffer {
            zh: "报告中的数字与按其答复重新计算的结果不一致（第 {line} 行起）：结论或分数被手工改动过。",
            en: "The stated figures differ from those recomputed from its answers (from line {line}): verdicts or scores were edited by hand."
        }
        ValidateConsistent {
            zh: "一致：{role}报告，生成于 {generated_at}；校验值相符，所有数字均可由其答复重新算出。",
            en: "consistent: {role} report generated {generated_at}; the digest matches and every figure follows from its answers."
        }
        ValidateGenuineEarlierCatalogs {
            zh: "真实：{role}报告，生成于 {generated_at}；校验值相符。它依据的是较早版本的检查清单（{catalogs}），本工具的清单内容已更新，因此未重新计算其数字。",
            en: "genuine: {role} report generated {generated_at}; the digest matches. It was made against earlier versions of {catalogs}, whose content this tool no longer has, so its figures were not recomputed."
        }
        ValidateWhatItShows {
            zh: "这只说明数字与答复和日期相符；校验值任何人都可重新计算，只能发现无意的改动，不是签名，也不能证明答复属实或由谁生成。",
            en: "This shows only that the figures follow from the stated answers and date. Anyone can recompute the digest: it catches accidental changes, not deliberate ones, and proves neither who made the report nor that its answers are true."
        }
        CliInventoryRefused { zh: "清单未被接受：", en: "the inventory was refused:" }
        CliPlatformsRefused { zh: "候选平台表未被接受：", en: "the platforms file was refused:" }
        CliMergeConflicts {
            zh: "{count} 处冲突（双方答复不同）：",
            en: "{count} conflicts (the files answer differently):"
        }
        CliMergeUnknown {
            zh: "{count} 条答复对应的检查项不在任何清单中，已原样保留：{ids}",
            en: "{count} answers are to items no catalog has; they are kept as they are: {ids}"
        }
        CliMergeSummary {
            zh: "已写入 {path}：合并 {files} 个文件（{refused} 个未接受），采用 {applied} 条答复，冲突 {conflicts} 处，按 --prefer 决定 {decided} 处。",
            en: "Wrote {path}: {files} files merged ({refused} refused), {applied} answers applied, {conflicts} conflicts, {decided} decided by --prefer."
        }
        MergeSignedBy {
            zh: "{file}：由指纹为 {fingerprint} 的密钥签名（{when}），签名有效",
            en: "{file}: signed by the key with fingerprint {fingerprint} ({when}), the signature valid"
        }
        MergeSignatureBroken {
            zh: "{file}：带有签名（指纹 {fingerprint}），但签名与内容不符：签名后被改动过，或签名取自另一份文件",
            en: "{file}: signed (fingerprint {fingerprint}), but the signature does not match: changed after signing, or another file's signature"
        }
        MergeRefusedWorded { zh: "未接受：{problem}", en: "Refused: {problem}" }
        MergeUnsigned { zh: "{file}：未签名", en: "{file}: not signed" }
        CliMergeUndecided {
            zh: "仍有冲突未决定：输出保留了基准文件的答复，其他答复作为历史记录保存。可用 --prefer base|other|newest 决定。",
            en: "Conflicts remain undecided: the output keeps the base's answers, the others are kept as history. Decide with --prefer base|other|newest."
        }
        CliWorkloadLine { zh: "{verdict} · 等保 {level} 级 · 平台 {platform}", en: "{verdict} · level {level} · platform {platform}" }
        CliPlatformLine {
            zh: "{provider} · 能力等级 {tier} · 等保 {level} 级 · 结果发布 {published}",
            en: "{provider} · tier {tier} · level {level} · result published {published}"
        }
        CliDiffRoles {
            zh: "两份报告的角色不同（{before}、{after}），无法比较。",
            en: "The two reports are of different roles ({before}, {after}); they cannot be compared."
        }
        CliDiffNone { zh: "没有变化。", en: "No change." }
        CliDiffOverall { term: Term::OverallReadiness }
        CliCatalogRefused { zh: "检查清单未被接受：", en: "the catalog was refused:" }
        CliCatalogSummary {
            zh: "检查清单 {id}（版本 {version}）：{sections} 个章节，{items} 个检查项，其中红线项 {red_lines} 个。",
            en: "catalog {id} (version {version}): sections {sections}, items {items}, red lines {red_lines}."
        }
        CliCatalogSection { zh: "{title}：{items} 项，红线 {red_lines} 项", en: "{title}: items {items}, red lines {red_lines}" }
        CliWrote { zh: "已写入 {path}（{bytes} 字节）。", en: "Wrote {path} ({bytes} bytes)." }
        CliCatalogWritten { zh: "已写入 {path}（{items} 个检查项）。", en: "Wrote {path} ({items} items)." }

        // Reading an inventory CSV.
        CsvTooLarge {
            zh: "文件过大（{size} MB），上限为 {limit} MB。",
            en: "The file is too large ({size} MB); the limit is {limit} MB."
        }
        CsvTooManyRows { zh: "行数过多（{rows}），上限为 {limit} 行。", en: "Too many rows ({rows}); the limit is {limit}." }
        CsvNotUtf8 {
            zh: "文件不是 UTF-8 编码（第 {offset} 字节处）。请在 Excel 中“另存为”并选择“CSV UTF-8（逗号分隔）”。",
            en: "The file is not UTF-8 (at byte {offset}). In Excel, use Save As and choose \"CSV UTF-8 (Comma delimited)\"."
        }
        CsvEmpty { zh: "文件是空的，没有表头。", en: "The file is empty: no header row." }
        CsvNoRows { zh: "文件只有表头，没有任何数据行。", en: "The file has a header but no rows." }
        CsvUnterminatedQuote {
            zh: "第 {line} 行第 {column} 列：引号没有闭合。",
            en: "Line {line}, column {column}: a quote is never closed."
        }
        CsvStrayQuote {
            zh: "第 {line} 行第 {column} 列：引号位置不对（字段内的引号要写成两个 \"\"）。",
            en: "Line {line}, column {column}: misplaced quote (a quote inside a field is written \"\")."
        }
        CsvUnknownColumn {
            zh: "第 1 行第 {column} 列：不认识的列名“{header}”。可用列名：{accepted}。",
            en: "Line 1, column {column}: unknown column \"{header}\". Accepted: {accepted}."
        }
        CsvDuplicateColumn {
            zh: "第 1 行第 {column} 列：列“{header}”重复出现。",
            en: "Line 1, column {column}: column \"{header}\" appears twice."
        }
        CsvMissingColumn {
            zh: "表头缺少必需的列 {column}（也可用：{aliases}）。",
            en: "The header lacks the required column {column} (or: {aliases})."
        }
        CsvFieldCount {
            zh: "第 {line} 行：应有 {expected} 列，实际 {found} 列。",
            en: "Line {line}: expected {expected} columns, found {found}."
        }
        CsvBlank { zh: "第 {line} 行，{column} 列：不能为空。", en: "Line {line}, column {column}: must not be empty." }
        CsvBadId {
            zh: "第 {line} 行，{column} 列：“{value}”不能作编号；请只用字母、数字和 - . _，并以字母或数字开头。",
            en: "Line {line}, column {column}: \"{value}\" cannot be an id; use letters, digits and - . _ only, starting with a letter or digit."
        }
        CsvDuplicateId {
            zh: "第 {line} 行，{column} 列：编号“{value}”已在第 {first} 行使用。",
            en: "Line {line}, column {column}: the id \"{value}\" is already used on line {first}."
        }
        CsvBadWeight {
            zh: "第 {line} 行，{column} 列：“{value}”不是权重；请填 1–5，留空为 3。",
            en: "Line {line}, column {column}: \"{value}\" is not a weight; use 1–5, or leave it empty for 3."
        }
        CsvBadTier {
            zh: "第 {line} 行，{column} 列：“{value}”不是要求级别；请填 一般/增强 或 general/enhanced，留空表示两级均适用。",
            en: "Line {line}, column {column}: \"{value}\" is not a tier; use general/enhanced or 一般/增强, or leave it empty for both."
        }
        CsvBadFromLevel {
            zh: "第 {line} 行，{column} 列：“{value}”不是等保级别；请填 1–4（该项适用的最低级别），留空表示各级均适用。",
            en: "Line {line}, column {column}: \"{value}\" is not a protection level; use 1–4 (the lowest level the item applies from), or leave it empty for every level."
        }
        CsvBadMapsTo {
            zh: "第 {line} 行，{column} 列：“{value}”不是“编号=关系”；关系为 equal（等同）、subset（子集）、superset（超集）或 intersect（交叉），多项以分号隔开，例如 M19-A3-07-Q1=equal; G31168-PE-Q1=subset。",
            en: "Line {line}, column {column}: \"{value}\" is not \"id=relation\"; the relation is equal, subset, superset or intersect, several separated by semicolons, e.g. M19-A3-07-Q1=equal; G31168-PE-Q1=subset."
        }
        CsvBadBoolean {
            zh: "第 {line} 行，{column} 列：“{value}”不是是/否值；请填 是/否、yes/no、true/false 或 1/0（空白不算作答）。",
            en: "Line {line}, column {column}: \"{value}\" is not yes or no; use yes/no, true/false, 1/0 or 是/否 (blank is not an answer)."
        }
        CsvBadLevel {
            zh: "第 {line} 行，{column} 列：“{value}”不是等级保护级别；请填 1–5，未定级则留空。",
            en: "Line {line}, column {column}: \"{value}\" is not a protection level; use 1–5, or leave it empty if not yet graded."
        }
        CsvDateNotAfter {
            zh: "第 {line} 行，{column} 列：{value} 不晚于同一行 {earlier} 列的 {earlier_value}；计划停用日期应在迁移之后。",
            en: "Line {line}, column {column}: {value} is not after {earlier_value} in column {earlier} of the same line; the planned end of use comes after the migration."
        }
        CsvBadDate {
            zh: "第 {line} 行，{column} 列：“{value}”不是日期；请按 YYYY-MM-DD 填写，如 2026-03-01。",
            en: "Line {line}, column {column}: \"{value}\" is not a date; use YYYY-MM-DD, e.g. 2026-03-01."
        }
        CsvBadStatus {
            zh: "第 {line} 行，{column} 列：“{value}”不是作答状态；请填 {accepted} 之一，未作答则留空。",
            en: "Line {line}, column {column}: \"{value}\" is not a status; use one of {accepted}, or leave it empty if unanswered."
        }
        CsvDuplicateName {
            zh: "第 {line} 行，{column} 列：名称“{value}”已在第 {first} 行使用，同一名称只能出现一次。",
            en: "Line {line}, column {column}: the name \"{value}\" is already used on line {first}; each name may appear once."
        }
        CsvBadPlatformTier {
            zh: "第 {line} 行，{column} 列：“{value}”不是安全能力级别；请填 一般/增强 或 general/enhanced，未记录则留空。",
            en: "Line {line}, column {column}: \"{value}\" is not a capability tier; use general/enhanced or 一般/增强, or leave it empty if not recorded."
        }
        CsvBadOptionalBoolean {
            zh: "第 {line} 行，{column} 列：“{value}”不是是/否值；请填 是/否、yes/no、true/false 或 1/0，未记录则留空。",
            en: "Line {line}, column {column}: \"{value}\" is not yes or no; use yes/no, true/false, 1/0 or 是/否, or leave it empty if not recorded."
        }
        PlatformsOverLimit {
            zh: "导入后将有 {count} 个候选平台，超过上限 {limit} 个；文件未导入，现有列表保持不变。如要以文件为准，请选择“替换”。",
            en: "This import would make {count} platforms, over the limit of {limit}; the file was not imported and your list is unchanged. To take the file's list instead, choose to replace."
        }
        CsvMore { zh: "另有 {count} 处问题未列出。", en: "{count} more problems not listed." }

        // Reading a workbook (.xlsx).
        SheetIn { zh: "工作表“{sheet}”：", en: "Sheet \"{sheet}\":" }
        SheetTooLarge {
            zh: "工作簿过大（{size} MB），上限为 {limit} MB，未读取。",
            en: "The workbook is too large ({size} MB); the limit is {limit} MB. It was not read."
        }
        SheetNotWorkbook {
            zh: "无法作为 Excel 工作簿（.xlsx）读取：{detail}。若是加密或 .xls 旧格式，请在 Excel 或 WPS 中另存为 .xlsx。",
            en: "This could not be read as an Excel workbook (.xlsx): {detail}. If it is encrypted or an old .xls, save it as .xlsx in Excel or WPS."
        }
        SheetNone { zh: "工作簿中没有工作表。", en: "The workbook has no sheet." }
        MergeSheetRows {
            zh: "问卷工作表“{sheet}”有 {count} 处问题，第一处：{first}",
            en: "The questionnaire sheet \"{sheet}\" has {count} problems; the first: {first}"
        }
        SheetModuleUnavailable {
            zh: "此浏览器未能启动 Excel 功能（{detail}），请改用 CSV 文件，或换用新版浏览器。",
            en: "This browser could not start the Excel support ({detail}); use a CSV file instead, or a current browser."
        }
        SheetCellError {
            zh: "工作表“{sheet}”单元格 {cell}：公式结果为错误值 {error}，请改正或改为填写数值。",
            en: "Sheet \"{sheet}\", cell {cell}: a formula gives the error {error}; correct it or type the value instead."
        }

        // Reading a catalog.
        CatalogProblem { zh: "清单“{catalog}”：{problem}", en: "{catalog}: {problem}" }
        CatalogProblemAt { zh: "清单“{catalog}”的 {path}：{problem}", en: "{catalog} at {path}: {problem}" }
        CatalogNotACatalog {
            zh: "不是清单文件（缺少 \"format\": \"{format}\"）。",
            en: "not a catalog: no \"format\": \"{format}\"."
        }
        CatalogWrongFormat { zh: "format 为“{found}”，应为“{format}”。", en: "format is \"{found}\", expected \"{format}\"." }
        CatalogNewer {
            zh: "清单格式版本 {found} 比本工具支持的版本 {supported} 新，请更新本工具。",
            en: "format_version {found} is newer than this tool reads ({supported}); update the tool."
        }
        CatalogBadFormatVersion { zh: "缺少有效的 format_version。", en: "no valid format_version." }
        CatalogShape {
            zh: "第 {line} 行第 {column} 列不符合清单格式：{detail}",
            en: "does not match the catalog schema at line {line}, column {column}: {detail}"
        }
        CatalogTextMissing { zh: "缺少文字。", en: "text is missing." }
        CatalogTextPadded { zh: "文字首尾有多余空格。", en: "text has leading or trailing spaces." }
        CatalogBadId {
            zh: "编号“{id}”不可用：须为 ASCII 字母、数字和 -（导入的清单另可用 . 和 _）。",
            en: "id \"{id}\" must be ASCII letters, digits and '-' (a loaded catalog's items may also use '.' and '_')."
        }
        CatalogDuplicateId { zh: "编号“{id}”重复使用。", en: "id \"{id}\" is used twice." }
        CatalogIdElsewhere { zh: "编号“{id}”已用于清单“{other}”。", en: "id \"{id}\" is also used in catalog \"{other}\"." }
        CatalogItemPrefix {
            zh: "检查项编号“{item}”须以所在章节编号“{section}”开头。",
            en: "item id \"{item}\" must start with its section id \"{section}\"."
        }
        CatalogUnknownSource { zh: "未知的依据文件“{source}”。", en: "unknown source \"{source}\"." }
        CatalogMustBeGuidance {
            zh: "依据“{source}”是参考性标准，guidance 必须为 true。",
            en: "guidance must be true: source \"{source}\" is guidance."
        }
        CatalogMustNotBeGuidance {
            zh: "依据“{source}”是约束性文件，guidance 必须为 false。",
            en: "guidance must be false: source \"{source}\" is binding."
        }
        CatalogWeight { zh: "权重 {weight} 应为 1–5。", en: "weight {weight} must be 1 to 5." }
        CatalogLevel { zh: "等保级别 {level} 应为 1–4。", en: "level {level} must be 1 to 4." }
        CatalogNoSections { zh: "清单至少要有一个章节。", en: "a catalog needs at least one section." }
        CatalogNoItems { zh: "章节至少要有一个检查项。", en: "a section needs at least one item." }
        CatalogNoVersion { zh: "缺少版本号。", en: "version is missing." }
        CatalogTooManyItems {
            zh: "检查项过多（{count}），上限为 {limit}。",
            en: "too many items ({count}); the limit is {limit}."
        }
        CatalogClauseNotInRegister {
            zh: "“{source}”的条款“{clause_zh}”（{clause_en}）不在条款登记表（catalogs/clauses）中：请引用登记表所列的条款，两种语言的写法都须与之相同。",
            en: "clause \"{clause_en}\" ({clause_zh}) of \"{source}\" is not in the clause register (catalogs/clauses): cite a clause the register lists, worded as it is in both languages."
        }
        CatalogClauseWordedOtherwise {
            zh: "条款“{clause_zh}”（{clause_en}）与“{source}”条款登记表中的“{entry_zh}”（{entry_en}）只有一种语言相同：两种语言的写法都须与登记表一致。",
            en: "clause \"{clause_en}\" ({clause_zh}) matches the register's \"{entry_en}\" ({entry_zh}) of \"{source}\" in one language only: both must match."
        }
        CatalogClauseNotBinding {
            zh: "“{source}”的条款“{clause_zh}”（{clause_en}）并未给{party}设定义务：请改引该方实际承担的条款，或将该项标为参考性并引用其所依据的标准或做法。",
            en: "clause \"{clause_en}\" ({clause_zh}) of \"{source}\" puts no duty on the {party}: cite a clause that does, or mark the item as guidance citing the standard or practice it rests on."
        }
        CatalogGatingOnGuidance {
            zh: "红线项不能是参考性的：只有约束性条款才能使一项具有决定性。",
            en: "a red line cannot be guidance: only a binding clause can make an item decisive."
        }
        CatalogGatingWithoutBasis {
            zh: "红线项缺少 gating_basis：请说明所引条款中哪一句使该项具有决定性。",
            en: "a red line needs a gating_basis: which sentence of the cited clause makes the item decisive."
        }
        CatalogMapsToInBuiltin {
            zh: "内置清单的对应关系写在 catalogs/crosswalk.json，不写在检查项的 maps_to。",
            en: "a built-in catalog states its relations in catalogs/crosswalk.json, not in an item's maps_to."
        }
        CatalogMapsToUnknown {
            zh: "对应项“{target}”不是内置的云服务商检查项编号。",
            en: "maps_to names \"{target}\", which is not a built-in provider item."
        }
        CatalogMapsToRepeated { zh: "对应项“{target}”写了不止一次。", en: "maps_to names \"{target}\" more than once." }
        CatalogMapsToContradicts {
            zh: "对应项“{target}”写为“{kind}”，但按其他对应关系二者等同，会使同一事实得到两种结论。",
            en: "maps_to calls \"{target}\" {kind}, but through the other relations the two are equal: one fact would get two answers."
        }
        CatalogMapsToJoinsGroups {
            zh: "同一检查项等同于“{first}”和“{second}”，但内置清单并不认为二者等同：一个答复不能同时代表两项不同的事实。",
            en: "the item is equal to both \"{first}\" and \"{second}\", which the built-in relations do not hold equal: one answer cannot stand for two different facts."
        }
        CatalogBasisWithoutGating {
            zh: "只有红线项（gating 为 true）才有 gating_basis。",
            en: "only a red line (gating: true) has a gating_basis."
        }
        PartyAuthorities { zh: "主管部门", en: "authorities" }
        PartyAssessors { zh: "评估机构和专家", en: "assessors" }
        CatalogTooLarge {
            zh: "文件过大（{size} KB），清单上限为 {limit} MB，未读取。",
            en: "The file is too large ({size} KB); catalogs are limited to {limit} MB. It was not read."
        }
        CatalogTooManyLoaded {
            zh: "已导入 {count} 份清单，达到上限 {limit}；请先移除不用的清单。",
            en: "{count} catalogs are loaded, the limit is {limit}; remove one you no longer use first."
        }
        CatalogBuiltinId {
            zh: "编号“{id}”是内置清单的编号，请另取一个。",
            en: "\"{id}\" is the id of a built-in catalog; choose another."
        }
        CatalogNotUtf8 {
            zh: "文件不是 UTF-8 文本（第 {offset} 字节处）。CSV 请在 Excel 中另存为“CSV UTF-8（逗号分隔）”。",
            en: "The file is not UTF-8 text (at byte {offset}). For CSV, use Save As \"CSV UTF-8 (Comma delimited)\" in Excel."
        }

        // Columns of the gaps CSV.
        GapsColumnSeverity { zh: Term::Severity, en: "severity" }
        GapsColumnItem { zh: Term::Id, en: "item_id" }
        GapsColumnCatalog { zh: Term::Catalog, en: "catalog" }
        GapsColumnTitle { zh: "标题", en: "title" }
        GapsColumnQuestion { zh: "检查问题", en: "question" }
        GapsColumnStatus { zh: Term::Status, en: "status" }
        GapsColumnSource { zh: Term::Source, en: "source" }
        GapsColumnClause { zh: "条款", en: "clause" }
        GapsColumnOwner { zh: Term::Owner, en: "owner" }
        GapsColumnTargetDate { zh: Term::TargetDate, en: "target_date" }
        GapsColumnNote { zh: Term::Note, en: "note" }
        GapsColumnAnsweredBy { zh: Term::AnsweredBy, en: "answered_by" }
        GapsColumnAnsweredAt { zh: Term::AnsweredAt, en: "answered_at" }

        // Merging files into the work.
        MergeOtherRole {
            zh: "这是{found}的报告，不能合并到{expected}的工作中。",
            en: "This is a report of the {found} role; it cannot be merged into the {expected} work."
        }
        MergeEmptySession {
            zh: "这份保存的工作是空的：没有可合并的答复、清单或平台。",
            en: "This saved work is empty: it holds no answers, inventory or platforms to merge."
        }

        // Nothing written that cannot be read back (`report::limits`, `team::fit`).
        OverLimit {
            zh: "{what}将超出本版本读取文件的上限：{problem}{advice}",
            en: "The {what} would pass a limit this version reads files with: {problem} {advice}"
        }
        WrittenProviderReport { zh: "云服务商报告", en: "provider report" }
        WrittenAgencyReport { zh: "党政机关报告", en: "agency report" }
        WrittenSession { zh: "本浏览器中保存的工作", en: "work saved in this browser" }
        WrittenHistory { zh: "历史记录文件", en: "history file" }
        WrittenTooLarge {
            zh: "文件将有 {size} MB，超过上限 {limit} MB。",
            en: "The file would be {size} MB, over the limit of {limit} MB."
        }
        WrittenTooMany {
            zh: "其中的{what}数量将为 {count}，超过上限 {limit}。",
            en: "It would hold {count} {what}, over the limit of {limit}."
        }
        OverLimitAdviceSplit {
            zh: "请把工作分成几份（例如按部门拆分清单），或一次少合并几个文件。",
            en: "Split the work into parts (the inventory by department, for example), or merge fewer files at a time."
        }
        OverLimitAdviceFix { zh: "请先改正这一问题。", en: "Correct this first." }
        HistoryMoved {
            zh: "合并后的{what}将超出本版本读取文件的上限：{problem}因此，最早的 {moved} 条合并留存记录（{from} 至 {to} 留存）移至单独的历史记录文件，工作中保留较新的 {kept} 条；两者合起来不丢失任何记录。",
            en: "The merged {what} would pass a limit this version reads files with: {problem} So the {moved} oldest values kept from merges (kept from {from} to {to}) move to a history file of their own, and the work keeps the newest {kept}: together nothing is lost."
        }
        CliHistoryFile {
            zh: "已写入历史记录文件 {path}（{count} 条记录）：请与 {output} 一同保存。",
            en: "Wrote the history file {path} ({count} entries): keep it with {output}."
        }
        CliNothingWritten { zh: "未写入任何文件。", en: "Nothing was written." }
        WorkbookOverLimit {
            zh: "工作簿将有 {size} MB，超过本版本读取工作簿的上限 {limit} MB，无法再导入，因此未写入。请把工作分成几份。",
            en: "The workbook would be {size} MB, over the {limit} MB this version reads workbooks up to: it could not be imported back, so it was not written. Split the work into parts."
        }

        // Comparing two reports: the CSV and the CLI.
        CompareColumnWhat { zh: "类别", en: "what" }
        CompareColumnCatalog { zh: Term::Catalog, en: "catalog" }
        CompareColumnId { zh: "编号或名称", en: "id" }
        CompareColumnTitle { zh: "标题", en: "title" }
        CompareColumnBefore { zh: Term::Before, en: "before" }
        CompareColumnAfter { zh: "之后", en: "after" }
        CompareColumnChange { zh: Term::Change, en: "change" }
        CompareColumnGap { zh: Term::Gaps, en: "gap" }
        CompareColumnRedLine { zh: Term::RedLine, en: "red_line" }
        CompareRowCatalog { zh: "清单得分", en: "catalog score" }
        CompareRowArea { zh: "领域得分", en: "area score" }
        CompareRowItem { zh: Term::Item, en: "item" }
        CompareRowWorkload { zh: Term::Workload, en: "workload" }
        CompareRowPlatform { zh: Term::CandidatePlatform, en: "platform" }
        CompareRowStatus { zh: Term::OverallStatus, en: "overall status" }
        CompareRowVerdicts { zh: "结论统计", en: "verdict counts" }
        ChangeAnswered { zh: "新作答", en: "newly answered" }
        ChangeImproved { zh: "改善", en: "improved" }
        ChangeRegressed { zh: "退步", en: "regressed" }
        ChangeWithdrawn { zh: "撤回作答", en: "answer withdrawn" }
        ChangeRestated { zh: "改为同等状态", en: "restated" }
        ChangeEdited { zh: "内容修改", en: "details edited" }
        ChangeAdded { zh: "新增", en: "added" }
        ChangeRemoved { zh: Term::Remove, en: "removed" }
        ChangeChanged { zh: "已修改", en: "changed" }
        GapOpened { zh: "新增差距", en: "gap opened" }
        GapClosed { zh: "差距关闭", en: "gap closed" }
        Unanswered { zh: Term::Unanswered, en: "unanswered" }
        YesWord { term: Term::Yes }
        // A report's signature (`report/signature.rs`).
        SignatureMember {
            zh: "报告的签名（signature.{field}）无效：{problem}",
            en: "The report's signature (signature.{field}) is not valid: {problem}"
        }
        SignatureTooLong { zh: "内容超过 {limit} 个字符，不可能是真实的签名。", en: "it is longer than {limit} characters, which no genuine signature is." }
        SignatureAlgorithm {
            zh: "算法为“{found}”，本工具只认 {expected}（SM2 签名、SM3 杂凑）。",
            en: "the algorithm is “{found}”; this tool knows only {expected} (SM2 signing with SM3 hashing)."
        }
        SignatureDistinguishingId {
            zh: "区分标识为“{found}”，本工具只使用 GB/T 32918 的默认值 {expected}。",
            en: "the distinguishing ID is “{found}”; this tool uses only GB/T 32918's default, {expected}."
        }
        SignatureNotBase64 { zh: "不是 base64 编码。", en: "it is not base64." }
        SignatureNotAPublicKey {
            zh: "不是 SM2 公钥（应为 SubjectPublicKeyInfo 的 DER 编码，且公钥点须在 SM2 曲线上）。",
            en: "it is not an SM2 public key (a SubjectPublicKeyInfo in DER whose point lies on the SM2 curve)."
        }
        SignatureNotASignature { zh: "不是 DER 编码的 SM2 签名值。", en: "it is not an SM2 signature in DER." }
        SignatureFingerprintNotTheKeys {
            zh: "所记的指纹与所附公钥的指纹不符。",
            en: "the fingerprint stated is not the fingerprint of the public key attached."
        }
        SignatureSignedAt { zh: "签名时间“{found}”不是 RFC 3339 时间。", en: "the signing time “{found}” is not an RFC 3339 time." }
        SignatureDoesNotMatch {
            zh: "签名与报告内容不符：报告在签名后被改动过，或签名来自另一份报告。",
            en: "the signature does not match the report: it was changed after it was signed, or the signature belongs to another report."
        }
        SigningNoKey {
            zh: "本浏览器中没有签名密钥：请先生成或导入。",
            en: "There is no signing key in this browser: generate or import one first."
        }
        SignFailed { zh: "未能签名，报告没有下载：{detail}", en: "Not signed, so not downloaded: {detail}" }
        SigningRefused { zh: "未能完成：{problem}", en: "Not done: {problem}" }
        ValidateSignatureDoesNotMatch {
            zh: "签名与内容不符：报告在签名后被改动过，或签名取自另一份报告；不能证明出自签名者。",
            en: "The signature does not match the content: the report was changed after it was signed, or the signature was taken from another report; it does not prove who made it."
        }
    }
}
