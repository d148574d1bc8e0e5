<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Sendtrail</source>
        <translation>关于 Sendtrail</translation>
    </message>
    <message>
        <source>Browse, explain and export Alibaba Cloud Direct Mail sending records (SenderStatisticsDetailByParam).</source>
        <translation>浏览、解读并导出阿里云邮件推送（Direct Mail）的发信记录（SenderStatisticsDetailByParam）。</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>许可证</translation>
    </message>
</context>
<context>
    <name>CredentialError</name>
    <message>
        <source>No secret was returned by the system keychain for this profile. If the keychain is locked, unlock it and try again; otherwise enter the AccessKey secret again.</source>
        <translation>系统密钥环没有返回此账号配置的密钥。如果密钥环已锁定，请解锁后重试；否则请重新输入 AccessKey Secret。</translation>
    </message>
    <message>
        <source>No system keychain is available (Secret Service not running). Start gnome-keyring or KWallet, or use a session-only profile.</source>
        <translation>没有可用的系统密钥环（Secret Service 未运行）。请启动 gnome-keyring 或 KWallet，或者使用仅限本次会话的账号配置。</translation>
    </message>
    <message>
        <source>The system keychain is locked or has no default collection. Unlock it (for example by logging in to your desktop session) and try again.</source>
        <translation>系统密钥环已锁定或没有默认集合。请解锁（例如登录桌面会话）后重试。</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied.</source>
        <translation>访问系统密钥环被拒绝。</translation>
    </message>
    <message>
        <source>The system keychain did not answer within %1 s. It may be waiting for an unlock prompt or not be running properly; the operation may still complete later.</source>
        <translation>系统密钥环在 %1 秒内没有响应。它可能在等待解锁提示，或者没有正常运行；该操作稍后仍可能完成。</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>系统密钥环报告了一个错误：%1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
</context>
<context>
    <name>DeliveryExplainer</name>
    <message>
        <source>Delivered: the recipient&apos;s mail server accepted the message.</source>
        <translation>投递成功：收件人的邮件服务器已接收该邮件。</translation>
    </message>
    <message>
        <source>Not delivered: the address was treated as invalid.</source>
        <translation>未投递：该地址被视为无效地址。</translation>
    </message>
    <message>
        <source>Either the recipient&apos;s server said the mailbox does not exist, or the address was already on the account&apos;s invalid-address list.</source>
        <translation>可能是收件人的服务器表示该邮箱不存在，也可能是该地址已在账号的无效地址列表中。</translation>
    </message>
    <message>
        <source>Check the spelling of the address with the recipient.</source>
        <translation>请与收件人核对地址的拼写。</translation>
    </message>
    <message>
        <source>Not delivered: the message was treated as spam.</source>
        <translation>未投递：该邮件被视为垃圾邮件。</translation>
    </message>
    <message>
        <source>The recipient&apos;s server or Direct Mail&apos;s own checks judged the content or the sender as unwanted mail.</source>
        <translation>收件人的服务器或邮件推送自身的检查认为邮件内容或发件人属于不受欢迎的邮件。</translation>
    </message>
    <message>
        <source>Review the subject and content, make sure SPF, DKIM and DMARC are set up for the sending domain, and only mail people who asked for it.</source>
        <translation>请检查主题和内容，确保发信域名已配置 SPF、DKIM 和 DMARC，并且只给主动订阅的人发信。</translation>
    </message>
    <message>
        <source>Not delivered: the delivery failed.</source>
        <translation>未投递：投递失败。</translation>
    </message>
    <message>
        <source>The server reply below says why.</source>
        <translation>下方的服务器回复说明了原因。</translation>
    </message>
    <message>
        <source>Read the explanation of the server reply below.</source>
        <translation>请阅读下方对服务器回复的解读。</translation>
    </message>
    <message>
        <source>The service reported a status this version does not know.</source>
        <translation>服务返回了一个当前版本无法识别的状态。</translation>
    </message>
    <message>
        <source>The service gave no error classification.</source>
        <translation>服务没有给出错误分类。</translation>
    </message>
    <message>
        <source>SendOk: the message was delivered.</source>
        <translation>SendOk：邮件已投递成功。</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail server accepted it. What happens next (inbox, spam folder, filters) is up to the recipient&apos;s provider.</source>
        <translation>收件人的邮件服务器已接收该邮件。之后的去向（收件箱、垃圾邮件文件夹、过滤规则）由收件人的邮箱服务商决定。</translation>
    </message>
    <message>
        <source>SmtpNxBox: the address does not exist.</source>
        <translation>SmtpNxBox：该地址不存在。</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail server said there is no such mailbox. Direct Mail added the address to the account&apos;s invalid-address list, so later mail to it is not sent.</source>
        <translation>收件人的邮件服务器表示没有这个邮箱。邮件推送已把该地址加入账号的无效地址列表，之后发往该地址的邮件将不会发送。</translation>
    </message>
    <message>
        <source>Ask the recipient for a correct address. If the address really exists, remove it from the invalid-address list (Direct Mail console → Invalid Addresses, or the DeleteInvalidAddress API) and send again.</source>
        <translation>请向收件人确认正确的地址。如果该地址确实存在，请将其从无效地址列表中移除（邮件推送控制台 → 无效地址，或调用 DeleteInvalidAddress API），然后重新发送。</translation>
    </message>
    <message>
        <source>SysOutRcptOnAccountLevelBounceList: not sent, the address is on the account&apos;s invalid-address list.</source>
        <translation>SysOutRcptOnAccountLevelBounceList：未发送，该地址在账号的无效地址列表中。</translation>
    </message>
    <message>
        <source>An earlier message to this address bounced as non-existent, so Direct Mail skipped this one without contacting the recipient&apos;s server.</source>
        <translation>之前发往该地址的邮件因地址不存在而被退回，因此邮件推送跳过了这封邮件，没有连接收件人的服务器。</translation>
    </message>
    <message>
        <source>If you are sure the address is valid, remove it from the list: Direct Mail console → Invalid Addresses, search for the address and delete it, or call the DeleteInvalidAddress API with ToAddress set to it. Then send the message again. The list can also be switched off for the whole account.</source>
        <translation>如果确定该地址有效，请将其从列表中移除：在邮件推送控制台 → 无效地址中搜索并删除该地址，或调用 DeleteInvalidAddress API 并将 ToAddress 设为该地址。然后重新发送邮件。也可以为整个账号关闭该列表。</translation>
    </message>
    <message>
        <source>%1: a classification set by the service.</source>
        <translation>%1：由服务设置的分类。</translation>
    </message>
    <message>
        <source>The name says the message was treated as spam.</source>
        <translation>从名称看，该邮件被视为垃圾邮件。</translation>
    </message>
    <message>
        <source>Review the content and the sending domain&apos;s SPF, DKIM and DMARC records.</source>
        <translation>请检查邮件内容，以及发信域名的 SPF、DKIM 和 DMARC 记录。</translation>
    </message>
    <message>
        <source>The name says the recipient&apos;s server could not be reached in time.</source>
        <translation>从名称看，未能及时连接到收件人的服务器。</translation>
    </message>
    <message>
        <source>Usually temporary; if it keeps happening for one domain, that domain&apos;s mail servers have a problem.</source>
        <translation>通常是暂时性的；如果某个域名反复出现这种情况，说明该域名的邮件服务器有问题。</translation>
    </message>
    <message>
        <source>The name says the recipient&apos;s mailbox is full.</source>
        <translation>从名称看，收件人的邮箱已满。</translation>
    </message>
    <message>
        <source>Ask the recipient to make room, or contact them another way.</source>
        <translation>请让收件人清理邮箱空间，或通过其他方式联系对方。</translation>
    </message>
    <message>
        <source>The name points at a problem with the recipient&apos;s domain.</source>
        <translation>从名称看，收件人的域名有问题。</translation>
    </message>
    <message>
        <source>Check the part of the address after the @ for typos.</source>
        <translation>请检查地址中 @ 之后的部分是否有拼写错误。</translation>
    </message>
    <message>
        <source>This version has no explanation for it; the server reply below usually says more.</source>
        <translation>当前版本没有对此的解读；下方的服务器回复通常会说明更多信息。</translation>
    </message>
    <message>
        <source>The service recorded no server reply.</source>
        <translation>服务没有记录服务器回复。</translation>
    </message>
    <message>
        <source>The reply carries no SMTP code.</source>
        <translation>该回复不含 SMTP 状态码。</translation>
    </message>
    <message>
        <source>It is a note from the service rather than an answer from the recipient&apos;s server.</source>
        <translation>这是服务给出的说明，而不是收件人服务器的应答。</translation>
    </message>
    <message>
        <source>%1: the address was refused as unknown or malformed.</source>
        <translation>%1：该地址因未知或格式错误而被拒绝。</translation>
    </message>
    <message>
        <source>Check the address for typos.</source>
        <translation>请检查地址是否有拼写错误。</translation>
    </message>
    <message>
        <source>%1: the mailbox is full.</source>
        <translation>%1：邮箱已满。</translation>
    </message>
    <message>
        <source>Ask the recipient to make room in the mailbox.</source>
        <translation>请让收件人清理邮箱空间。</translation>
    </message>
    <message>
        <source>%1: refused by the receiving server&apos;s security or spam policy.</source>
        <translation>%1：被接收服务器的安全策略或反垃圾邮件策略拒绝。</translation>
    </message>
    <message>
        <source>Check SPF, DKIM and DMARC for the sending domain and review the content.</source>
        <translation>请检查发信域名的 SPF、DKIM 和 DMARC，并检查邮件内容。</translation>
    </message>
    <message>
        <source>%1: a temporary problem; the service tries again by itself.</source>
        <translation>%1：暂时性问题；服务会自动重试。</translation>
    </message>
    <message>
        <source>%1: a permanent failure.</source>
        <translation>%1：永久性失败。</translation>
    </message>
    <message>
        <source>Resending the same message will fail again.</source>
        <translation>重新发送同一封邮件仍会失败。</translation>
    </message>
    <message>
        <source>%1: the receiving server accepted the message.</source>
        <translation>%1：接收服务器已接收该邮件。</translation>
    </message>
    <message>
        <source>4xx replies are temporary: Direct Mail retries on its own for a while.</source>
        <translation>4xx 回复表示暂时性问题：邮件推送会在一段时间内自动重试。</translation>
    </message>
    <message>
        <source>Nothing to do yet. If the final status is still a failure after a few hours, send again later.</source>
        <translation>目前无需处理。如果几个小时后最终状态仍是失败，请稍后重新发送。</translation>
    </message>
    <message>
        <source>421: the receiving server is busy or is limiting connections.</source>
        <translation>421：接收服务器繁忙或正在限制连接数。</translation>
    </message>
    <message>
        <source>450: the mailbox is temporarily unavailable (busy or greylisting).</source>
        <translation>450：邮箱暂时不可用（繁忙或启用了灰名单）。</translation>
    </message>
    <message>
        <source>451: the receiving server had a local problem or is greylisting new senders.</source>
        <translation>451：接收服务器出现本地问题，或对新发件人启用了灰名单。</translation>
    </message>
    <message>
        <source>452: the receiving server is short of storage or got too many recipients.</source>
        <translation>452：接收服务器存储空间不足，或收件人过多。</translation>
    </message>
    <message>
        <source>%1: a temporary failure.</source>
        <translation>%1：暂时性失败。</translation>
    </message>
    <message>
        <source>5xx replies are permanent: the service does not retry, and resending the same message unchanged will fail again.</source>
        <translation>5xx 回复表示永久性失败：服务不会重试，原样重新发送同一封邮件仍会失败。</translation>
    </message>
    <message>
        <source>535: SMTP authentication failed.</source>
        <translation>535：SMTP 身份验证失败。</translation>
    </message>
    <message>
        <source>The user name or SMTP password used to hand the message to Direct Mail was refused.</source>
        <translation>将邮件提交给邮件推送时使用的用户名或 SMTP 密码被拒绝。</translation>
    </message>
    <message>
        <source>Set the SMTP password again for the sender address in the Direct Mail console and update it in the sending application.</source>
        <translation>请在邮件推送控制台为该发信地址重新设置 SMTP 密码，并在发信程序中同步更新。</translation>
    </message>
    <message>
        <source>550: refused by the receiving server&apos;s policy.</source>
        <translation>550：被接收服务器的策略拒绝。</translation>
    </message>
    <message>
        <source>The server blocked the sender or the content. Check SPF, DKIM and DMARC, review the content, and check whether the sending IP is on a blocklist.</source>
        <translation>服务器拦截了发件人或邮件内容。请检查 SPF、DKIM 和 DMARC，检查邮件内容，并确认发信 IP 是否在黑名单中。</translation>
    </message>
    <message>
        <source>550: the mailbox does not exist or is unavailable.</source>
        <translation>550：邮箱不存在或不可用。</translation>
    </message>
    <message>
        <source>Check the address with the recipient; do not keep sending to it.</source>
        <translation>请与收件人核对地址；不要继续向该地址发信。</translation>
    </message>
    <message>
        <source>551: the recipient is not handled by that server.</source>
        <translation>551：该收件人不由这台服务器处理。</translation>
    </message>
    <message>
        <source>Ask the recipient for their current address.</source>
        <translation>请向收件人索取其当前的地址。</translation>
    </message>
    <message>
        <source>552: the mailbox is full or the message is too large.</source>
        <translation>552：邮箱已满或邮件过大。</translation>
    </message>
    <message>
        <source>Make attachments smaller, or ask the recipient to make room, then send again.</source>
        <translation>请缩小附件，或让收件人清理邮箱空间，然后重新发送。</translation>
    </message>
    <message>
        <source>553: the address is not allowed (malformed or refused).</source>
        <translation>553：该地址不被允许（格式错误或被拒绝）。</translation>
    </message>
    <message>
        <source>Check the address for typos or characters that do not belong in it.</source>
        <translation>请检查地址是否有拼写错误或不应出现的字符。</translation>
    </message>
    <message>
        <source>554: the transaction failed, most often because the message was taken for spam or the sender is blocklisted.</source>
        <translation>554：事务失败，最常见的原因是邮件被判为垃圾邮件或发件人在黑名单中。</translation>
    </message>
    <message>
        <source>Review the content, check SPF, DKIM and DMARC for the sending domain and whether the sending IP is on a blocklist, then send again.</source>
        <translation>请检查邮件内容、发信域名的 SPF、DKIM 和 DMARC，以及发信 IP 是否在黑名单中，然后重新发送。</translation>
    </message>
    <message>
        <source>559: the address is on Direct Mail&apos;s global invalid-address list.</source>
        <translation>559：该地址在邮件推送的全局无效地址列表中。</translation>
    </message>
    <message>
        <source>Use a different address for this recipient.</source>
        <translation>请为该收件人使用其他地址。</translation>
    </message>
    <message>
        <source>563: the address is on your account&apos;s invalid-address list.</source>
        <translation>563：该地址在您账号的无效地址列表中。</translation>
    </message>
    <message>
        <source>Remove it in the Direct Mail console → Invalid Addresses (or with the DeleteInvalidAddress API) if it is valid, then send again.</source>
        <translation>如果该地址有效，请在邮件推送控制台 → 无效地址中将其移除（或调用 DeleteInvalidAddress API），然后重新发送。</translation>
    </message>
    <message>
        <source>Read the server&apos;s words in the reply for the reason.</source>
        <translation>原因请参阅回复中服务器的原话。</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>处理建议：%1</translation>
    </message>
</context>
<context>
    <name>DisplayZones</name>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Service (%1)</source>
        <translation>服务时区（%1）</translation>
    </message>
    <message>
        <source>Local (%1)</source>
        <translation>本地时区（%1）</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <source>&amp;Loaded rows</source>
        <translation>已加载的行(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Whole query: fetch every remaining page first</source>
        <translation>整个查询(&amp;W)：先获取所有剩余页</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>CSV for Excel (UTF-8 with BOM)</source>
        <translation>适用于 Excel 的 CSV（带 BOM 的 UTF-8）</translation>
    </message>
    <message>
        <source>CSV, plain UTF-8</source>
        <translation>CSV，纯 UTF-8</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel 工作簿（XLSX）</translation>
    </message>
    <message>
        <source>JSON Lines (records as sent)</source>
        <translation>JSON Lines（按原样保存记录）</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>列(&amp;C)：</translation>
    </message>
    <message>
        <source>Tick the columns to export; JSON Lines always exports whole records</source>
        <translation>勾选要导出的列；JSON Lines 始终导出完整记录</translation>
    </message>
    <message>
        <source>Times in:</source>
        <translation>时间显示为：</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>保存为(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
</context>
<context>
    <name>ExportProgressDialog</name>
    <message>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>步骤：</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>行数：</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>页数：</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>速度：</translation>
    </message>
    <message>
        <source>Time left:</source>
        <translation>剩余时间：</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>关闭(&amp;L)</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Profiles</source>
        <translation>账号配置</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. production</source>
        <translation>例如 production</translation>
    </message>
    <message>
        <source>AccessKey &amp;ID:</source>
        <translation>AccessKey &amp;ID：</translation>
    </message>
    <message>
        <source>AccessKey secret</source>
        <translation>AccessKey Secret</translation>
    </message>
    <message>
        <source>&amp;Replace secret…</source>
        <translation>更换 Secret(&amp;R)…</translation>
    </message>
    <message>
        <source>optional, for temporary credentials</source>
        <translation>可选，用于临时凭证</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>地域(&amp;G)：</translation>
    </message>
    <message>
        <source>https://dm.example.aliyuncs.com/</source>
        <translation>https://dm.example.aliyuncs.com/</translation>
    </message>
    <message>
        <source>V3 (ACS3-HMAC-SHA256, recommended)</source>
        <translation>V3（ACS3-HMAC-SHA256，推荐）</translation>
    </message>
    <message>
        <source>V1 (HMAC-SHA1, legacy)</source>
        <translation>V1（HMAC-SHA1，旧版）</translation>
    </message>
    <message>
        <source>Service time &amp;zone:</source>
        <translation>服务时区(&amp;Z)：</translation>
    </message>
    <message>
        <source>The zone the service reads Start and End in; UTC+08:00 for Direct Mail</source>
        <translation>服务解析开始和结束时间所用的时区；邮件推送为 UTC+08:00</translation>
    </message>
    <message>
        <source>Keep this profile for this session only (nothing is saved)</source>
        <translation>仅在本次会话中使用此账号配置（不保存任何内容）</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Runs a one-record query for the last hour</source>
        <translation>查询最近一小时内的一条记录</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>I&amp;mport from aliyun CLI…</source>
        <translation>从 aliyun CLI 导入(&amp;M)…</translation>
    </message>
    <message>
        <source>Adds the AK and StsToken profiles of ~/.aliyun/config.json; their secrets go to the system keychain</source>
        <translation>添加 ~/.aliyun/config.json 中 AK 和 StsToken 类型的账号配置；其密钥保存到系统密钥环</translation>
    </message>
    <message>
        <source>AccessKey s&amp;ecret:</source>
        <translation>AccessKey Secret(&amp;E)：</translation>
    </message>
    <message>
        <source>STS to&amp;ken:</source>
        <translation>STS Token(&amp;K)：</translation>
    </message>
    <message>
        <source>Signat&amp;ure:</source>
        <translation>签名版本(&amp;U)：</translation>
    </message>
    <message>
        <source>Custom endpoint URL</source>
        <translation>自定义接入点 URL</translation>
    </message>
    <message>
        <source>Extra trusted CA certi&amp;ficates:</source>
        <translation>额外信任的 CA 证书(&amp;F):</translation>
    </message>
    <message>
        <source>optional: a PEM file, e.g. your company&apos;s TLS-inspecting proxy CA</source>
        <translation>可选：PEM 文件，例如贵公司 TLS 检查代理的 CA</translation>
    </message>
    <message>
        <source>Trusted in addition to the system&apos;s certificate authorities, never instead of them</source>
        <translation>在系统证书颁发机构之外额外信任，绝不替代它们</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
</context>
<context>
    <name>QueryForm</name>
    <message>
        <source>Query</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>账号配置(&amp;P)：</translation>
    </message>
    <message>
        <source>The account whose sending records are queried</source>
        <translation>要查询其发信记录的账号</translation>
    </message>
    <message>
        <source>&amp;Manage…</source>
        <translation>管理(&amp;M)…</translation>
    </message>
    <message>
        <source>R&amp;ange:</source>
        <translation>范围(&amp;A)：</translation>
    </message>
    <message>
        <source>Fill Start and End with a common range</source>
        <translation>用常用时间范围填写开始和结束时间</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>最近一小时</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>开始(&amp;S)：</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>First minute included, in the display zone</source>
        <translation>包含开始的这一分钟，按显示时区计</translation>
    </message>
    <message>
        <source>Last minute, in the display zone; at most 30 days after Start</source>
        <translation>最后一分钟，按显示时区计；最多比开始时间晚 30 天</translation>
    </message>
    <message>
        <source>Start and End are shown in this zone; change it in View → Time zone</source>
        <translation>开始和结束时间按此时区显示；可在“视图 → 时区”中更改</translation>
    </message>
    <message>
        <source>The service accepts one of recipient, sender address or tag per query</source>
        <translation>每次查询只能按收件人、发信地址或标签中的一项筛选</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>发信地址</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>Only records with this delivery status</source>
        <translation>只显示该投递状态的记录</translation>
    </message>
    <message>
        <source>&amp;IP pool ID:</source>
        <translation>IP 池 ID(&amp;I)：</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>&amp;Config set ID:</source>
        <translation>配置集 ID(&amp;C)：</translation>
    </message>
    <message>
        <source>Page si&amp;ze:</source>
        <translation>每页条数(&amp;Z)：</translation>
    </message>
    <message>
        <source>Records per request (1–100); more pages load as you scroll</source>
        <translation>每次请求的记录数（1–100）；滚动时会加载更多页</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop loading (Esc)</source>
        <translation>停止加载（Esc）</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>Run the query (Ctrl+Enter)</source>
        <translation>运行查询（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>E&amp;nd:</source>
        <translation>结束(&amp;N)：</translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation>筛选(&amp;L)：</translation>
    </message>
    <message>
        <source>Filter value</source>
        <translation>筛选值</translation>
    </message>
    <message>
        <source>The recipient, sender address or tag to match, as chosen in Filter</source>
        <translation>要匹配的收件人、发信地址或标签，由“筛选”中的选择决定</translation>
    </message>
    <message>
        <source>A&amp;dvanced</source>
        <translation>高级(&amp;D)</translation>
    </message>
</context>
<context>
    <name>RecordColumns</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>发件人</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>错误分类</translation>
    </message>
    <message>
        <source>Server reply</source>
        <translation>服务器回复</translation>
    </message>
    <message>
        <source>IP pool</source>
        <translation>IP 池</translation>
    </message>
    <message>
        <source>IP pool ID</source>
        <translation>IP 池 ID</translation>
    </message>
    <message>
        <source>Configuration set</source>
        <translation>配置集</translation>
    </message>
    <message>
        <source>Configuration set ID</source>
        <translation>配置集 ID</translation>
    </message>
    <message>
        <source>Service time (as sent)</source>
        <translation>服务时间（原始值）</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>投递成功</translation>
    </message>
    <message>
        <source>Invalid address</source>
        <translation>无效地址</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>垃圾邮件</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>投递失败</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>未知（%1）</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Browse, explain and export Alibaba Cloud Direct Mail sending records.</source>
        <translation>浏览、解读并导出阿里云邮件推送（Direct Mail）的发信记录。</translation>
    </message>
    <message>
        <source>Start with sample data from a built-in local sandbox.</source>
        <translation>使用内置本地沙箱中的示例数据启动。</translation>
    </message>
</context>
<context>
    <name>sendtrail::AboutDialog</name>
    <message>
        <source>&lt;p&gt;Built with Qt %1, running on Qt %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;构建于 Qt %1，运行于 Qt %2。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Third-party software&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Qt&lt;/b&gt; — GNU Lesser General Public License v3.0 (LGPL-3.0). &lt;a href=&quot;https://www.qt.io/licensing/open-source-lgpl-obligations&quot;&gt;qt.io&lt;/a&gt;&lt;/li&gt;&lt;li&gt;&lt;b&gt;QtKeychain&lt;/b&gt; — BSD 3-Clause License (BSD-3-Clause). &lt;a href=&quot;https://github.com/frankosterfeld/qtkeychain&quot;&gt;github.com/frankosterfeld/qtkeychain&lt;/a&gt;&lt;/li&gt;&lt;li&gt;&lt;b&gt;libxlsxwriter&lt;/b&gt; — BSD 2-Clause License (BSD-2-Clause). &lt;a href=&quot;https://libxlsxwriter.github.io&quot;&gt;libxlsxwriter.github.io&lt;/a&gt;&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Secrets are kept in the system keychain, never in the settings file.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;第三方软件&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Qt&lt;/b&gt; — GNU 宽通用公共许可证 v3.0（LGPL-3.0）。&lt;a href=&quot;https://www.qt.io/licensing/open-source-lgpl-obligations&quot;&gt;qt.io&lt;/a&gt;&lt;/li&gt;&lt;li&gt;&lt;b&gt;QtKeychain&lt;/b&gt; — BSD 三条款许可证（BSD-3-Clause）。&lt;a href=&quot;https://github.com/frankosterfeld/qtkeychain&quot;&gt;github.com/frankosterfeld/qtkeychain&lt;/a&gt;&lt;/li&gt;&lt;li&gt;&lt;b&gt;libxlsxwriter&lt;/b&gt; — BSD 两条款许可证（BSD-2-Clause）。&lt;a href=&quot;https://libxlsxwriter.github.io&quot;&gt;libxlsxwriter.github.io&lt;/a&gt;&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;密钥保存在系统密钥环中，绝不会写入设置文件。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>sendtrail::AddressList</name>
    <message>
        <source>The list holds more than %L1 distinct addresses. Look up at most %L1 at a time: split the list, or export the records of the whole range instead.</source>
        <translation>列表中的不同地址超过 %L1 个。每次最多查询 %L1 个：请拆分列表，或改为导出整个时间范围的记录。</translation>
    </message>
    <message>
        <source>No column is named &apos;%1&apos; in the first row. Its columns are: %2. Name one of them, or give the column&apos;s number.</source>
        <translation>第一行中没有名为“%1”的列。现有的列为：%2。请指定其中之一，或给出列的序号。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>There is no column %1: the rows of the file have at most %2 cells.</source>
        <translation>没有第 %1 列：文件中的行最多只有 %2 个单元格。</translation>
    </message>
    <message>
        <source>The CSV file ends inside a quoted field that starts on line %1: a quote is missing.</source>
        <translation>CSV 文件在第 %1 行开始的带引号字段中结束：缺少一个引号。</translation>
    </message>
    <message>
        <source>The file is not an XLSX workbook (it cannot be opened as a zip archive).</source>
        <translation>该文件不是 XLSX 工作簿（无法作为 zip 压缩包打开）。</translation>
    </message>
    <message>
        <source>The workbook is too large: a sheet unpacks to more than %1 MB.</source>
        <translation>工作簿太大：一个工作表解压后超过 %1 MB。</translation>
    </message>
    <message>
        <source>The workbook has no readable first sheet: is it damaged?</source>
        <translation>工作簿没有可读取的第一个工作表：文件是否已损坏？</translation>
    </message>
    <message>
        <source>The workbook&apos;s first sheet cannot be read: %1</source>
        <translation>无法读取工作簿的第一个工作表：%1</translation>
    </message>
    <message>
        <source>it has more than %L1 cells</source>
        <translation>它的单元格超过 %L1 个</translation>
    </message>
</context>
<context>
    <name>sendtrail::AliyunConfig</name>
    <message>
        <source>it assumes a RAM role through STS, which Sendtrail does not do</source>
        <translation>它通过 STS 扮演 RAM 角色，Sendtrail 不支持这种方式</translation>
    </message>
    <message>
        <source>its credentials come from an ECS instance&apos;s RAM role</source>
        <translation>它的凭证来自 ECS 实例的 RAM 角色</translation>
    </message>
    <message>
        <source>it assumes a RAM role with an ECS instance&apos;s credentials</source>
        <translation>它使用 ECS 实例的凭证扮演 RAM 角色</translation>
    </message>
    <message>
        <source>it signs in with an RSA key pair, not an AccessKey</source>
        <translation>它使用 RSA 密钥对而不是 AccessKey 登录</translation>
    </message>
    <message>
        <source>it assumes a RAM role with another profile&apos;s credentials</source>
        <translation>它使用另一个账号配置的凭证扮演 RAM 角色</translation>
    </message>
    <message>
        <source>an external program supplies its credentials</source>
        <translation>它的凭证由外部程序提供</translation>
    </message>
    <message>
        <source>its credentials are fetched from a URL each time</source>
        <translation>它的凭证每次都从一个 URL 获取</translation>
    </message>
    <message>
        <source>it exchanges an OIDC token for a RAM role&apos;s credentials</source>
        <translation>它用 OIDC 令牌换取 RAM 角色的凭证</translation>
    </message>
    <message>
        <source>it signs in through CloudSSO</source>
        <translation>它通过 CloudSSO 登录</translation>
    </message>
    <message>
        <source>it signs in through OAuth</source>
        <translation>它通过 OAuth 登录</translation>
    </message>
    <message>
        <source>it uses a bearer token, not an AccessKey</source>
        <translation>它使用 Bearer Token 而不是 AccessKey</translation>
    </message>
    <message>
        <source>it has no credentials</source>
        <translation>它没有凭证</translation>
    </message>
    <message>
        <source>no mode is set, so the aliyun CLI does not use it either</source>
        <translation>未设置 mode，aliyun CLI 本身也不会使用它</translation>
    </message>
    <message>
        <source>%1 profile: %2</source>
        <translation>%1 类型的账号配置：%2</translation>
    </message>
    <message>
        <source>unknown mode “%1”; only AK and StsToken profiles can be imported</source>
        <translation>未知的 mode“%1”；只能导入 AK 和 StsToken 类型的账号配置</translation>
    </message>
    <message>
        <source>it has no name</source>
        <translation>它没有名称</translation>
    </message>
    <message>
        <source>Sendtrail cannot use this name: a profile name is 1-64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>Sendtrail 无法使用此名称：账号配置名称须为 1-64 个字母、数字、&apos;.&apos;、&apos;_&apos; 或 &apos;-&apos;，并以字母或数字开头</translation>
    </message>
    <message>
        <source>Sendtrail already has a profile of this name; it is not overwritten</source>
        <translation>Sendtrail 已有同名的账号配置；不会覆盖</translation>
    </message>
    <message>
        <source>an earlier profile in the file has the same name</source>
        <translation>文件中前面已有同名的账号配置</translation>
    </message>
    <message>
        <source>incomplete %1 profile in %2: %3 missing</source>
        <translation>%2 中的 %1 账号配置不完整：缺少 %3</translation>
    </message>
    <message>
        <source>the access_key_id in %1 does not look like an AccessKey ID</source>
        <translation>%1 中的 access_key_id 看起来不是 AccessKey ID</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 是空文件。</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 (at byte %3).</source>
        <translation>%1 不是有效的 JSON：%2（位于第 %3 字节）。</translation>
    </message>
    <message>
        <source>%1 does not hold a JSON object.</source>
        <translation>%1 中不是一个 JSON 对象。</translation>
    </message>
    <message>
        <source>%1 has no “profiles” list.</source>
        <translation>%1 中没有“profiles”列表。</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>第 %1 项</translation>
    </message>
    <message>
        <source>entry %1 of “profiles” in %2 is not an object</source>
        <translation>%2 中“profiles”的第 %1 项不是对象</translation>
    </message>
    <message>
        <source>There is no %1. Set up the aliyun CLI first (aliyun configure).</source>
        <translation>找不到 %1。请先配置 aliyun CLI（aliyun configure）。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB, so it is not an aliyun CLI configuration.</source>
        <translation>%1 大于 1 MiB，不是 aliyun CLI 的配置文件。</translation>
    </message>
</context>
<context>
    <name>sendtrail::AliyunImport</name>
    <message>
        <source>not tried after the keychain failed</source>
        <translation>密钥环出错后未再尝试</translation>
    </message>
    <message>
        <source>Sendtrail already has a profile of this name; it is not overwritten</source>
        <translation>Sendtrail 已有同名的账号配置；不会覆盖</translation>
    </message>
</context>
<context>
    <name>sendtrail::AliyunImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Import from aliyun CLI</source>
        <translation>从 aliyun CLI 导入</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>账号配置</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>AccessKey ID</source>
        <translation>AccessKey ID</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>STS token</source>
        <translation>STS Token</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Profiles of the aliyun CLI in %1. Those marked for import are added with the same name; their AccessKey secret and STS token go to the system keychain. The file is only read.</source>
        <translation>%1 中 aliyun CLI 的账号配置。标记为导入的将以相同名称添加，其 AccessKey Secret 和 STS Token 保存到系统密钥环。该文件只读取，不会修改。</translation>
    </message>
    <message>
        <source>Will be imported.</source>
        <translation>将导入。</translation>
    </message>
    <message>
        <source>Will be imported; %1.</source>
        <translation>将导入；%1。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Not imported: %1.</source>
        <translation>未导入：%1。</translation>
    </message>
    <message>
        <source>Skipped: %1.</source>
        <translation>已跳过：%1。</translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation>没有可导入的账号配置。</translation>
    </message>
    <message>
        <source>1 profile can be imported.</source>
        <translation>可导入 1 个账号配置。</translation>
    </message>
    <message>
        <source>%1 profiles can be imported.</source>
        <translation>可导入 %1 个账号配置。</translation>
    </message>
    <message>
        <source>Importing; the keychain may ask for permission…</source>
        <translation>正在导入；密钥环可能会请求授权…</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>已导入。</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>未导入：%1</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何账号配置。</translation>
    </message>
    <message>
        <source>Imported %1 of %2; the secrets are in the system keychain.</source>
        <translation>已导入 %1 个（共 %2 个）；密钥保存在系统密钥环中。</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>密钥环出错：%1</translation>
    </message>
    <message>
        <source>The settings file could not be written.</source>
        <translation>无法写入设置文件。</translation>
    </message>
    <message>
        <source>Profiles in the aliyun CLI configuration</source>
        <translation>aliyun CLI 配置中的账号配置</translation>
    </message>
</context>
<context>
    <name>sendtrail::ApiClient</name>
    <message>
        <source>The endpoint address is not valid.</source>
        <translation>服务接入点地址无效。</translation>
    </message>
    <message>
        <source>The endpoint address must start with https://.</source>
        <translation>服务接入点地址必须以 https:// 开头。</translation>
    </message>
    <message>
        <source>Refusing to send credentials over unencrypted http://; use https://.</source>
        <translation>拒绝通过未加密的 http:// 发送凭证；请使用 https://。</translation>
    </message>
    <message>
        <source>No AccessKey is configured.</source>
        <translation>尚未配置 AccessKey。</translation>
    </message>
</context>
<context>
    <name>sendtrail::ApiError</name>
    <message>
        <source>The service refused the request (HTTP %1): %2.</source>
        <translation>服务拒绝了请求（HTTP %1）：%2。</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>无消息</translation>
    </message>
    <message>
        <source>The service refused the request: %1 (%2).</source>
        <translation>服务拒绝了请求：%1（%2）。</translation>
    </message>
    <message>
        <source>Could not reach the service: %1. Check your network connection and try again.</source>
        <translation>无法连接到服务：%1。请检查网络连接后重试。</translation>
    </message>
    <message>
        <source>The service did not answer in time. Try again, or narrow the time range.</source>
        <translation>服务没有及时响应。请重试，或缩小时间范围。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The service sent a reply Sendtrail cannot read (%1). Try again; if it persists, check the endpoint.</source>
        <translation>服务返回了 Sendtrail 无法读取的回复（%1）。请重试；如果问题仍然存在，请检查服务接入点。</translation>
    </message>
    <message>
        <source>The service sent a reply larger than allowed; it was discarded. Try a smaller page size.</source>
        <translation>服务返回的回复超过了允许的大小，已被丢弃。请尝试减小每页条数。</translation>
    </message>
    <message>
        <source>The endpoint answered with a redirect, which Sendtrail does not follow. Check the endpoint address.</source>
        <translation>服务接入点返回了重定向，Sendtrail 不会跟随重定向。请检查服务接入点地址。</translation>
    </message>
    <message>
        <source>The secure connection could not be verified (%1). Check the endpoint and the system&apos;s certificates.</source>
        <translation>无法验证安全连接（%1）。请检查服务接入点和系统证书。</translation>
    </message>
    <message>
        <source>The service repeated a page marker, so paging was stopped to avoid an endless loop.</source>
        <translation>服务重复返回了同一个分页标记，为避免无限循环已停止分页。</translation>
    </message>
    <message>
        <source>RequestId: %1</source>
        <translation>RequestId：%1</translation>
    </message>
    <message>
        <source>Diagnosis: %1</source>
        <translation>诊断信息：%1</translation>
    </message>
    <message>
        <source>No connection to the service is set up.</source>
        <translation>尚未设置与服务的连接。</translation>
    </message>
    <message>
        <source>The AccessKey secret does not match this AccessKey ID. Edit the profile and enter the secret again.</source>
        <translation>AccessKey Secret 与此 AccessKey ID 不匹配。请编辑账号配置并重新输入密钥。</translation>
    </message>
    <message>
        <source>The service does not know this AccessKey ID: it was deleted or mistyped, or its security token expired. Edit the profile and enter a current AccessKey.</source>
        <translation>服务不认识此 AccessKey ID：它可能已被删除或输错，或其安全令牌已过期。请编辑账号配置并输入有效的 AccessKey。</translation>
    </message>
    <message>
        <source>This AccessKey is disabled. Enable it in the RAM console, or edit the profile to use another AccessKey.</source>
        <translation>此 AccessKey 已被禁用。请在 RAM 控制台中启用它，或编辑账号配置改用其他 AccessKey。</translation>
    </message>
    <message>
        <source>The security token is invalid or has expired. Edit the profile and enter a new token.</source>
        <translation>安全令牌无效或已过期。请编辑账号配置并输入新的令牌。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock differs from the service&apos;s by more than 15 minutes. Correct the system time and try again.</source>
        <translation>本机时钟与服务时间相差超过 15 分钟。请校正系统时间后重试。</translation>
    </message>
    <message>
        <source>The service&apos;s rate limit was still exceeded after several retries. Wait a minute and try again, or run fewer queries at once.</source>
        <translation>多次重试后仍超出服务的调用频率限制。请等一分钟后重试，或减少同时运行的查询。</translation>
    </message>
    <message>
        <source>The service is temporarily unavailable. Try again in a few minutes.</source>
        <translation>服务暂时不可用。请几分钟后重试。</translation>
    </message>
    <message>
        <source>The service had an internal error. Try again; if it persists, give the RequestId to Alibaba Cloud support.</source>
        <translation>服务发生内部错误。请重试；如果仍然出现，请将 RequestId 提供给阿里云技术支持。</translation>
    </message>
    <message>
        <source>the endpoint</source>
        <translation>该接入地址</translation>
    </message>
    <message>
        <source>If your company inspects TLS traffic, add its CA certificate under Extra trusted CA certificates in the profile (or pass --ca-file PEM).</source>
        <translation>如果贵公司会检查 TLS 流量，请在配置文件的“额外信任的 CA 证书”中添加公司的 CA 证书（或使用 --ca-file PEM）。</translation>
    </message>
    <message>
        <source>Could not connect to %1: the connection was refused. Check the endpoint address and port, and that the service is running.</source>
        <translation>无法连接到 %1：连接被拒绝。请检查接入地址和端口，以及服务是否在运行。</translation>
    </message>
    <message>
        <source>Could not find the host %1. Check the endpoint address and your network.</source>
        <translation>找不到主机 %1。请检查接入地址和您的网络。</translation>
    </message>
    <message>
        <source>The proxy at %1 asks for a user name and password: put them in HTTPS_PROXY as http://user:password@%1.</source>
        <translation>位于 %1 的代理要求用户名和密码：请按 http://user:password@%1 的格式写入 HTTPS_PROXY。</translation>
    </message>
    <message>
        <source>The configured proxy could not be used (%1). Check HTTPS_PROXY, NO_PROXY or the system&apos;s proxy settings.</source>
        <translation>无法使用所配置的代理（%1）。请检查 HTTPS_PROXY、NO_PROXY 或系统的代理设置。</translation>
    </message>
    <message>
        <source>The proxy at %1 could not be used (%2). Check HTTPS_PROXY, NO_PROXY or the system&apos;s proxy settings.</source>
        <translation>无法使用位于 %1 的代理（%2）。请检查 HTTPS_PROXY、NO_PROXY 或系统的代理设置。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired, so the connection to %1 was refused.</source>
        <translation>服务器证书已过期，因此拒绝了到 %1 的连接。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate for %1 is not valid yet. Check this computer&apos;s date and time.</source>
        <translation>%1 的服务器证书尚未生效。请检查本机的日期和时间。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate for %1 is self-signed and not trusted.</source>
        <translation>%1 的服务器证书是自签名的，不受信任。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate for %1 was issued by a certificate authority that is not trusted.</source>
        <translation>%1 的服务器证书由不受信任的证书颁发机构签发。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was issued for another host name than %1. Check the endpoint address.</source>
        <translation>服务器证书是为 %1 以外的主机名签发的。请检查接入地址。</translation>
    </message>
</context>
<context>
    <name>sendtrail::AppSession</name>
    <message>
        <source>Endpoint: %1</source>
        <translation>服务接入点：%1</translation>
    </message>
    <message>
        <source>Region: %1 (%2)</source>
        <translation>地域：%1（%2）</translation>
    </message>
    <message>
        <source>The AccessKey in the ALIBABA_CLOUD_ACCESS_KEY_ID and _SECRET environment variables cannot be used: %1</source>
        <translation>环境变量 ALIBABA_CLOUD_ACCESS_KEY_ID 和 _SECRET 中的 AccessKey 无法使用：%1</translation>
    </message>
</context>
<context>
    <name>sendtrail::ArchiveDatabase</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>Could not make %1 private (mode 0600).</source>
        <translation>无法将 %1 设为私有（权限 0600）。</translation>
    </message>
    <message>
        <source>The Qt SQL driver %1 is not installed (Debian: %2).</source>
        <translation>未安装 Qt SQL 驱动 %1（Debian：%2）。</translation>
    </message>
    <message>
        <source>Could not open the archive %1: %2</source>
        <translation>无法打开归档 %1：%2</translation>
    </message>
    <message>
        <source>Archive %1: %2</source>
        <translation>归档 %1：%2</translation>
    </message>
    <message>
        <source>The archive %1 has schema version %2, newer than this build understands (%3): update Sendtrail to read it.</source>
        <translation>归档 %1 的结构版本为 %2，比本版本能识别的（%3）更新：请更新 Sendtrail 后再读取。</translation>
    </message>
    <message>
        <source>The SQLite driver did not hand out its connection.</source>
        <translation>SQLite 驱动未提供其连接。</translation>
    </message>
    <message>
        <source>Could not prepare the insert: %1</source>
        <translation>无法准备插入语句：%1</translation>
    </message>
    <message>
        <source>Could not insert a record: %1</source>
        <translation>无法插入记录：%1</translation>
    </message>
    <message>
        <source>Could not add a text: %1</source>
        <translation>无法添加文本：%1</translation>
    </message>
</context>
<context>
    <name>sendtrail::ArchiveLocation</name>
    <message>
        <source>&apos;%1&apos; is not a valid PostgreSQL URI.</source>
        <translation>&apos;%1&apos; 不是有效的 PostgreSQL URI。</translation>
    </message>
    <message>
        <source>Put the PostgreSQL password in PGPASSWORD or ~/.pgpass, never in the URI.</source>
        <translation>请把 PostgreSQL 密码放在 PGPASSWORD 或 ~/.pgpass 中，切勿写在 URI 里。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a database name.</source>
        <translation>&apos;%1&apos; 不是数据库名称。</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: an archive is a file path or a postgresql:// URI.</source>
        <translation>&apos;%1&apos;：归档应为文件路径或 postgresql:// URI。</translation>
    </message>
    <message>
        <source>The archive path is empty.</source>
        <translation>归档路径为空。</translation>
    </message>
</context>
<context>
    <name>sendtrail::ArchiveMode</name>
    <message>
        <source>Could not read the archive: %1</source>
        <translation>无法读取存档：%1</translation>
    </message>
    <message>
        <source>The archive holds no records that match every filter.</source>
        <translation>存档中没有同时满足所有筛选条件的记录。</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>以及另外 %n 段</numerusform>
        </translation>
    </message>
    <message>
        <source>The archive does not cover all of this range: these rows are partial. Missing: %1. Query → Sync Archive fetches what the service still keeps.</source>
        <translation>存档未完整覆盖此时间范围：这些行并不完整。缺少：%1。“查询 → 同步存档”可获取服务仍保留的记录。</translation>
    </message>
    <message>
        <source>Reading the archive…</source>
        <translation>正在读取存档…</translation>
    </message>
    <message>
        <source>Archive: %1</source>
        <translation>存档：%1</translation>
    </message>
    <message>
        <source>Archive: %1 of %2 rows loaded</source>
        <translation>存档：已加载 %1 行，共 %2 行</translation>
    </message>
    <message>
        <source>Archive: %1 rows loaded</source>
        <translation>存档：已加载 %1 行</translation>
    </message>
    <message>
        <source>Sorted by %1 in the archive: the whole selection, not only the loaded rows</source>
        <translation>已在存档中按 %1 排序：针对整个查询结果，而不仅是已加载的行</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n gap(s) in the range</source>
        <translation>
            <numerusform>⚠ 范围内有 %n 处缺口</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sendtrail::ArchiveSync</name>
    <message>
        <source>Could not list the tags: %1</source>
        <translation>无法列出标签：%1</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>同步失败：%1</translation>
    </message>
</context>
<context>
    <name>sendtrail::ArchiveSyncCommand</name>
    <message>
        <source>Archived %1 of %2 day windows: %3 records, %4 calls</source>
        <translation>已归档 %1/%2 个日窗口：%3 条记录，%4 次调用</translation>
    </message>
    <message>
        <source>Fetched %1 day windows: %2 records, %3 calls (%4 of them for %5 tags, %6 records tagged) in %7 s.</source>
        <translation>已获取 %1 个日窗口：%2 条记录，%3 次调用（其中 %4 次用于 %5 个标签，%6 条记录带标签），用时 %7 秒。</translation>
    </message>
</context>
<context>
    <name>sendtrail::ArchiveSyncDialog</name>
    <message>
        <source>Sync Archive</source>
        <translation>同步存档</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>同步进度</translation>
    </message>
    <message>
        <source>%v of %m days</source>
        <translation>%v / %m 天</translation>
    </message>
    <message>
        <source>Archived days (service time):</source>
        <translation>已存档的日期（服务时间）：</translation>
    </message>
    <message>
        <source>Archived days</source>
        <translation>已存档的日期</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Fetched</source>
        <translation>获取时间</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Could not read the archive: %1</source>
        <translation>无法读取存档：%1</translation>
    </message>
    <message>
        <source>Archive: %1</source>
        <translation>存档：%1</translation>
    </message>
    <message>
        <source>The first day to archive; the service keeps about one month</source>
        <translation>要存档的第一天；服务大约保留一个月的记录</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>Recent days fetched again: a record&apos;s time is its last status update</source>
        <translation>重新获取的最近天数：记录的时间是其最后一次状态更新的时间</translation>
    </message>
    <message>
        <source>Settle &amp;days:</source>
        <translation>稳定天数(&amp;D)：</translation>
    </message>
    <message>
        <source>Label records with their &amp;tags (one more fetch per tag and day)</source>
        <translation>为记录标注其标签(&amp;T)（每个标签每天多一次获取）</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <source>Ca&amp;ncel Sync</source>
        <translation>取消同步(&amp;N)</translation>
    </message>
    <message>
        <source>Syncs the records of the profile “%1”.</source>
        <translation>同步配置“%1”的记录。</translation>
    </message>
    <message>
        <source>Choose a profile first: the sync reads its sending records.</source>
        <translation>请先选择一个配置：同步会读取它的发送记录。</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n day(s) fetched, %1 records, %2 calls.</source>
        <translation>
            <numerusform>完成：已获取 %n 天，%1 条记录，%2 次调用。</numerusform>
        </translation>
    </message>
    <message>
        <source>The sync failed: %1</source>
        <translation>同步失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: the %n day(s) written stay archived; the next sync fetches the rest.</source>
        <translation>
            <numerusform>已取消：已写入的 %n 天保留在存档中；下次同步会获取其余部分。</numerusform>
        </translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation>正在规划…</translation>
    </message>
    <message>
        <source>%1 of %2 days · %3 records · %4 calls</source>
        <translation>%1 / %2 天 · %3 条记录 · %4 次调用</translation>
    </message>
    <message>
        <source>with tags</source>
        <translation>含标签</translation>
    </message>
    <message>
        <source>without tags</source>
        <translation>不含标签</translation>
    </message>
</context>
<context>
    <name>sendtrail::ArchiveTableModel</name>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
</context>
<context>
    <name>sendtrail::CaCertificates</name>
    <message>
        <source>Cannot read the CA certificate file %1: %2.</source>
        <translation>无法读取 CA 证书文件 %1：%2。</translation>
    </message>
    <message>
        <source>The CA certificate file %1 is too large to be a PEM certificate bundle.</source>
        <translation>CA 证书文件 %1 过大，不像是 PEM 证书包。</translation>
    </message>
    <message>
        <source>The file %1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>文件 %1 中没有 PEM 证书（-----BEGIN CERTIFICATE-----）。</translation>
    </message>
</context>
<context>
    <name>sendtrail::ConnectionFactory</name>
    <message>
        <source>No credentials: set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, or use --profile NAME.</source>
        <translation>没有凭证：请设置 ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET，或使用 --profile NAME。</translation>
    </message>
</context>
<context>
    <name>sendtrail::EmptyResultHint</name>
    <message>
        <source>No records in this time range with these filters. Widen the range or clear the filter, then run again.</source>
        <translation>在此时间范围内没有符合这些筛选条件的记录。请扩大时间范围或清除筛选条件，然后重新运行。</translation>
    </message>
    <message>
        <source>No mail to %1 in this time range. Check the address, or widen the range.</source>
        <translation>此时间范围内没有发往 %1 的邮件。请检查地址，或扩大时间范围。</translation>
    </message>
    <message>
        <source>No mail from %1 in this time range. Check the address, or widen the range.</source>
        <translation>此时间范围内没有来自 %1 的邮件。请检查地址，或扩大时间范围。</translation>
    </message>
    <message>
        <source>No mail to %1 in this time range. The service matches addresses exactly, and they are almost always stored in lower case.</source>
        <translation>此时间范围内没有发往 %1 的邮件。服务按地址精确匹配，而地址几乎总是以小写形式保存。</translation>
    </message>
    <message>
        <source>No mail from %1 in this time range. The service matches addresses exactly, and they are almost always stored in lower case.</source>
        <translation>此时间范围内没有来自 %1 的邮件。服务按地址精确匹配，而地址几乎总是以小写形式保存。</translation>
    </message>
    <message>
        <source>Search %1</source>
        <translation>搜索 %1</translation>
    </message>
    <message>
        <source>No mail with the tag &quot;%1&quot; in this time range. Tags are matched exactly, and this account has a tag &quot;%2&quot;.</source>
        <translation>此时间范围内没有标签为“%1”的邮件。标签按精确匹配，而此账号有一个标签“%2”。</translation>
    </message>
    <message>
        <source>Search the tag %1</source>
        <translation>搜索标签 %1</translation>
    </message>
    <message>
        <source>No mail with the tag &quot;%1&quot; in this time range. Tags are matched exactly, capitals included; check the tag, or widen the range.</source>
        <translation>此时间范围内没有标签为“%1”的邮件。标签按精确匹配（区分大小写）；请检查标签，或扩大时间范围。</translation>
    </message>
</context>
<context>
    <name>sendtrail::ErrorAdvice</name>
    <message>
        <source>Waiting for the service&apos;s rate limit</source>
        <translation>正在等待服务的调用频率限制</translation>
    </message>
    <message>
        <source>The service is temporarily unavailable</source>
        <translation>服务暂时不可用</translation>
    </message>
    <message>
        <source>Correcting for this computer&apos;s clock</source>
        <translation>正在按本机时钟偏差校正</translation>
    </message>
    <message>
        <source>The service did not answer in time</source>
        <translation>服务未及时应答</translation>
    </message>
    <message>
        <source>The connection failed</source>
        <translation>连接失败</translation>
    </message>
    <message>
        <source>The service could not answer</source>
        <translation>服务无法应答</translation>
    </message>
    <message numerus="yes">
        <source>%1: retry %2 of %3 in %n s</source>
        <extracomment>%1 is the reason, e.g. &quot;Waiting for the service&apos;s rate limit&quot;; %2 of %3 count the retries after the first attempt.</extracomment>
        <translation>
            <numerusform>%1：%n 秒后进行第 %2 次重试（共 %3 次）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sendtrail::ExportColumn</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>发件人</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>错误分类</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>服务器回复</translation>
    </message>
    <message>
        <source>IP pool ID</source>
        <translation>IP 池 ID</translation>
    </message>
    <message>
        <source>IP pool</source>
        <translation>IP 池</translation>
    </message>
    <message>
        <source>Configuration set ID</source>
        <translation>配置集 ID</translation>
    </message>
    <message>
        <source>Configuration set</source>
        <translation>配置集</translation>
    </message>
    <message>
        <source>LastUpdateTime (as sent)</source>
        <translation>LastUpdateTime（原始值）</translation>
    </message>
    <message>
        <source>Unix time</source>
        <translation>Unix 时间</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>时间（%1）</translation>
    </message>
</context>
<context>
    <name>sendtrail::ExportController</name>
    <message>
        <source>Fetching every page of the query</source>
        <translation>正在获取查询的所有页</translation>
    </message>
    <message>
        <source>Writing the file</source>
        <translation>正在写入文件</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Run a query on the archive first.</source>
        <translation>请先在存档上运行一次查询。</translation>
    </message>
    <message>
        <source>Nothing was written. %1</source>
        <translation>未写入任何内容。%1</translation>
    </message>
    <message>
        <source>Reading the archive</source>
        <translation>正在读取存档</translation>
    </message>
</context>
<context>
    <name>sendtrail::ExportDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Loaded rows (%1)</source>
        <translation>已加载的行（%1）(&amp;L)</translation>
    </message>
    <message>
        <source>Every row of the query is loaded already.</source>
        <translation>查询的所有行都已加载。</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>Choose a file to save to.</source>
        <translation>请选择要保存到的文件。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>Tick at least one column.</source>
        <translation>请至少勾选一列。</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
</context>
<context>
    <name>sendtrail::ExportJob</name>
    <message>
        <source>Nothing to export.</source>
        <translation>没有可导出的内容。</translation>
    </message>
</context>
<context>
    <name>sendtrail::ExportProgressDialog</name>
    <message>
        <source>Exporting to %1</source>
        <translation>正在导出到 %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 行/秒</translation>
    </message>
    <message>
        <source>estimating…</source>
        <translation>正在估算…</translation>
    </message>
    <message>
        <source>about %1 s</source>
        <translation>约 %1 秒</translation>
    </message>
    <message>
        <source>about %1 min</source>
        <translation>约 %1 分钟</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>✔ Exported %1 rows to %2.</source>
        <translation>✔ 已将 %1 行导出到 %2。</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Cancelled. No file was written.</source>
        <translation>已取消。未写入任何文件。</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>✘ The export failed: %1 No file was written.</source>
        <translation>✘ 导出失败：%1 未写入任何文件。</translation>
    </message>
</context>
<context>
    <name>sendtrail::ExportTimeZone</name>
    <message>
        <source>local time</source>
        <translation>本地时间</translation>
    </message>
</context>
<context>
    <name>sendtrail::Exporter</name>
    <message>
        <source>invalid row order</source>
        <translation>行顺序无效</translation>
    </message>
    <message>
        <source>no columns selected</source>
        <translation>未选择任何列</translation>
    </message>
    <message>
        <source>No file name was given for the export.</source>
        <translation>没有为导出指定文件名。</translation>
    </message>
    <message>
        <source>Could not create &quot;%1&quot;: %2</source>
        <translation>无法创建“%1”：%2</translation>
    </message>
    <message>
        <source>Could not save &quot;%1&quot;: %2</source>
        <translation>无法保存“%1”：%2</translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>/proc/self/fd is not available</source>
        <translation>/proc/self/fd 不可用</translation>
    </message>
</context>
<context>
    <name>sendtrail::FilterChip</name>
    <message>
        <source>Show every loaded row again (Esc)</source>
        <translation>重新显示所有已加载的行（Esc）</translation>
    </message>
    <message>
        <source>Clear the summary filter</source>
        <translation>清除汇总筛选</translation>
    </message>
    <message>
        <source>Showing only: %1</source>
        <translation>仅显示：%1</translation>
    </message>
</context>
<context>
    <name>sendtrail::InvalidAddressCheck</name>
    <message>
        <source>Invalid-address list</source>
        <translation>无效地址列表</translation>
    </message>
    <message>
        <source>Check A&amp;gain</source>
        <translation>重新检查(&amp;G)</translation>
    </message>
    <message>
        <source>Re&amp;move from List…</source>
        <translation>从列表中移除(&amp;M)…</translation>
    </message>
    <message>
        <source>Invalid-address list status</source>
        <translation>无效地址列表状态</translation>
    </message>
    <message>
        <source>Removal result</source>
        <translation>移除结果</translation>
    </message>
    <message>
        <source>DeleteInvalidAddress: Direct Mail attempts the next mail to this address again.</source>
        <translation>DeleteInvalidAddress：邮件推送将再次尝试投递发往该地址的下一封邮件。</translation>
    </message>
    <message>
        <source>Remove from the Invalid-Address List</source>
        <translation>从无效地址列表中移除</translation>
    </message>
    <message>
        <source>Remove %1 from your account&apos;s invalid-address list?</source>
        <translation>要将 %1 从您账号的无效地址列表中移除吗？</translation>
    </message>
    <message>
        <source>Direct Mail will attempt the next mail to this address again. If the address really does not exist, that mail bounces and the address goes back on the list.</source>
        <translation>邮件推送将再次尝试投递发往该地址的下一封邮件。如果该地址确实不存在，那封邮件会被退回，该地址会重新回到列表中。</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Removed %1 from the list. The next mail to it will be attempted.</source>
        <translation>已将 %1 从列表中移除。发往该地址的下一封邮件将会尝试投递。</translation>
    </message>
    <message>
        <source>%1 was not on the list (any more).</source>
        <translation>%1 不在（或已不在）列表中。</translation>
    </message>
    <message>
        <source>Could not remove %1: %2</source>
        <translation>无法移除 %1：%2</translation>
    </message>
    <message>
        <source>Checking whether the address is on your invalid-address list…</source>
        <translation>正在检查该地址是否在您的无效地址列表中…</translation>
    </message>
    <message>
        <source>On your invalid-address list since %1 (%2). Direct Mail does not send to it.</source>
        <translation>自 %1（%2）起在您的无效地址列表中。邮件推送不会向其发送邮件。</translation>
    </message>
    <message>
        <source>Not on your invalid-address list in the last %1 days (the longest the service can look back).</source>
        <translation>最近 %1 天内不在您的无效地址列表中（这是服务可查询的最长时间）。</translation>
    </message>
    <message>
        <source>Could not check the invalid-address list: %1</source>
        <translation>无法检查无效地址列表：%1</translation>
    </message>
    <message>
        <source>Removing the address from the list…</source>
        <translation>正在将该地址从列表中移除…</translation>
    </message>
</context>
<context>
    <name>sendtrail::InvalidAddressFetcher</name>
    <message>
        <source>The invalid-address list is not a list: %1</source>
        <translation>无效地址列表不是列表：%1</translation>
    </message>
</context>
<context>
    <name>sendtrail::InvalidAddressModel</name>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>On the list since</source>
        <translation>加入列表时间</translation>
    </message>
    <message>
        <source>On the list since, %1</source>
        <translation>加入列表时间，%1</translation>
    </message>
    <message>
        <source>LastUpdateTime as sent</source>
        <translation>LastUpdateTime（原始值）</translation>
    </message>
</context>
<context>
    <name>sendtrail::InvalidAddressWindow</name>
    <message>
        <source>&amp;Load</source>
        <translation>加载(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Remove Selected…</source>
        <translation>移除所选(&amp;R)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Invalid Addresses</source>
        <translation>无效地址</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>第一天</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>最后一天</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>关键字</translation>
    </message>
    <message>
        <source>Part of an address (optional)</source>
        <translation>地址的一部分（可选）</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>加载进度</translation>
    </message>
    <message>
        <source>Removal results</source>
        <translation>移除结果</translation>
    </message>
    <message>
        <source>The result of each removal appears here.</source>
        <translation>每个地址的移除结果会显示在这里。</translation>
    </message>
    <message>
        <source>Invalid addresses</source>
        <translation>无效地址</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>&amp;Keyword:</source>
        <translation>关键字(&amp;K)：</translation>
    </message>
    <message>
        <source>Direct Mail lists whole days of the service&apos;s zone (%1): at most %2 days at a time, starting no more than %2 days ago. The list dates each address by the failure that put it there.</source>
        <translation>邮件推送按服务时区（%1）的整天列出：每次最多 %2 天，起始日期不早于 %2 天前。列表中每个地址的时间是使其加入列表的那次失败的时间。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>%1 of %2 addresses loaded…</source>
        <translation>已加载 %1 / %2 个地址…</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) on the list in this range.</source>
        <translation>
            <numerusform>此范围内列表中有 %n 个地址。</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading failed: %1</source>
        <translation>加载失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n address(es) loaded.</source>
        <translation>
            <numerusform>已取消：已加载 %n 个地址。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 以及另外 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from the Invalid-Address List</source>
        <translation>从无效地址列表中移除</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n address(es) from your account&apos;s invalid-address list?</source>
        <translation>
            <numerusform>要将 %n 个地址从您账号的无效地址列表中移除吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Direct Mail will attempt the next mail to each of them again. An address that really does not exist bounces and goes back on the list.</source>
        <translation>邮件推送将再次尝试投递发往其中每个地址的下一封邮件。确实不存在的地址会被退回并重新回到列表中。</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>%1: removed</source>
        <translation>%1：已删除</translation>
    </message>
    <message>
        <source>%1: not on the list</source>
        <translation>%1：不在列表中</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1：失败：%2</translation>
    </message>
    <message>
        <source>Removed: %1. Not on the list: %2. Failed: %3.</source>
        <translation>已移除：%1。不在列表中：%2。失败：%3。</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Export Invalid Addresses</source>
        <translation>导出无效地址</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n address(es) to %1.</source>
        <translation>
            <numerusform>已将 %n 个地址写入 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sendtrail::LanguageSettings</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The new language takes effect after you restart Sendtrail.</source>
        <translation>新的语言将在重新启动 Sendtrail 后生效。</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>立即重新启动(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
</context>
<context>
    <name>sendtrail::ListFetcher</name>
    <message>
        <source>The service&apos;s %1 answer is not a list: %2</source>
        <translation>服务对 %1 的应答不是列表：%2</translation>
    </message>
</context>
<context>
    <name>sendtrail::LoadAllController</name>
    <message>
        <source>about %1 s left</source>
        <translation>约剩 %1 秒</translation>
    </message>
    <message>
        <source>about %1 min left</source>
        <translation>约剩 %1 分钟</translation>
    </message>
    <message>
        <source>Load &amp;All Rows</source>
        <translation>加载全部行(&amp;A)</translation>
    </message>
    <message>
        <source>Keep loading pages until the end of the query</source>
        <translation>持续加载分页，直到查询结束</translation>
    </message>
    <message>
        <source>All %1 rows loaded.</source>
        <translation>已加载全部 %1 行。</translation>
    </message>
    <message>
        <source>Loading all rows stopped: a page failed.</source>
        <translation>加载全部行已停止：有一页加载失败。</translation>
    </message>
    <message>
        <source>Loading all rows cancelled.</source>
        <translation>已取消加载全部行。</translation>
    </message>
    <message>
        <source>Loading all rows</source>
        <translation>正在加载全部行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop loading (Esc); the rows loaded so far stay</source>
        <translation>停止加载（Esc）；已加载的行会保留</translation>
    </message>
    <message>
        <source>Load More Than %1 Rows?</source>
        <translation>加载超过 %1 行？</translation>
    </message>
    <message>
        <source>The table holds %1 rows and the query has more. Each million rows takes about 100 MB of memory, and sorting or filtering them takes longer. Narrowing the query is usually better.</source>
        <translation>表格中已有 %1 行，查询还有更多。每一百万行约占用 100 MB 内存，排序和筛选也会更慢。通常缩小查询范围更好。</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>继续(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Stop at %1</source>
        <translation>停在 %1 行(&amp;S)</translation>
    </message>
    <message>
        <source>Stopped at %1 rows; more are available.</source>
        <translation>已停在 %1 行；还有更多可加载。</translation>
    </message>
    <message>
        <source>Loading all rows: %1 loaded</source>
        <translation>正在加载全部行：已加载 %1 行</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>sendtrail::LookupInput</name>
    <message>
        <source>&amp;Load File…</source>
        <translation>载入文件(&amp;L)…</translation>
    </message>
    <message>
        <source>Col&amp;umn:</source>
        <translation>列(&amp;U)：</translation>
    </message>
    <message>
        <source>Addresses to look up</source>
        <translation>要查找的地址</translation>
    </message>
    <message>
        <source>Paste addresses here, one per line (# starts a comment), or load a text, CSV or XLSX file.</source>
        <translation>在此粘贴地址，每行一个（# 开头为注释），或载入文本、CSV 或 XLSX 文件。</translation>
    </message>
    <message>
        <source>Column that holds the addresses</source>
        <translation>存放地址的列</translation>
    </message>
    <message>
        <source>Address count</source>
        <translation>地址数量</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>%1 addresses, %2 duplicates folded, %3 invalid</source>
        <translation>%1 个地址，合并重复 %2 个，无效 %3 个</translation>
    </message>
    <message>
        <source>Load Addresses</source>
        <translation>载入地址</translation>
    </message>
    <message>
        <source>Address lists (*.txt *.csv *.xlsx);;All files (*)</source>
        <translation>地址列表 (*.txt *.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too big for an address list.</source>
        <translation>%1 太大，不能作为地址列表。</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>第 %1 列</translation>
    </message>
</context>
<context>
    <name>sendtrail::LookupResultModel</name>
    <message>
        <source>Invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>Not an email address.</source>
        <translation>不是电子邮件地址。</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Not looked up</source>
        <translation>未查找</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>找到</translation>
    </message>
    <message>
        <source>Mails</source>
        <translation>邮件数</translation>
    </message>
    <message>
        <source>Latest status</source>
        <translation>最新状态</translation>
    </message>
    <message>
        <source>Latest time</source>
        <translation>最新时间</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>错误分类</translation>
    </message>
    <message>
        <source>SMTP reply</source>
        <translation>SMTP 回复</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>sendtrail::LookupRun</name>
    <message>
        <source>The service has no record of mail to this address in the range.</source>
        <translation>在该时间范围内，服务中没有发往此地址的邮件记录。</translation>
    </message>
    <message>
        <source>The lookup failed: %1</source>
        <translation>查询失败：%1</translation>
    </message>
    <message>
        <source>time left unknown</source>
        <translation>剩余时间未知</translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation>约剩 %1 秒</translation>
    </message>
    <message>
        <source>about %1 min left</source>
        <translation>约剩 %1 分钟</translation>
    </message>
</context>
<context>
    <name>sendtrail::LookupWindow</name>
    <message>
        <source>Look Up Recipients</source>
        <translation>查找收件人</translation>
    </message>
    <message>
        <source>&amp;Addresses:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Lookup progress</source>
        <translation>查找进度</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>Range start</source>
        <translation>范围开始</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <source>Range end</source>
        <translation>范围结束</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>状态筛选</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Lookup results</source>
        <translation>查找结果</translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>复制行(&amp;C)</translation>
    </message>
    <message>
        <source>Choose a profile in the main window first.</source>
        <translation>请先在主窗口中选择一个配置。</translation>
    </message>
    <message>
        <source>Cancelled; the rows keep what was looked up.</source>
        <translation>已取消；表中保留已查找的结果。</translation>
    </message>
    <message>
        <source>Lookup failed: %1</source>
        <translation>查询失败：%1</translation>
    </message>
    <message>
        <source>Looking up %1 addresses…</source>
        <translation>正在查找 %1 个地址…</translation>
    </message>
    <message>
        <source>%1 of %2 looked up (%3 found, %4 failed), %5</source>
        <translation>已查找 %1 / %2（找到 %3，失败 %4），%5</translation>
    </message>
    <message>
        <source>Done: %1 addresses, %2 found, %3 failed, in %4 s</source>
        <translation>完成：%1 个地址，找到 %2，失败 %3，用时 %4 秒</translation>
    </message>
    <message>
        <source>Export Lookup Results</source>
        <translation>导出查找结果</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel workbook (*.xlsx);;JSON Lines (*.jsonl)</source>
        <translation>CSV (*.csv);;Excel 工作簿 (*.xlsx);;JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
</context>
<context>
    <name>sendtrail::LookupWriter</name>
    <message>
        <source>Not an email address.</source>
        <translation>不是电子邮件地址。</translation>
    </message>
    <message>
        <source>Not looked up: the run stopped first.</source>
        <translation>未查询：查询在此之前已停止。</translation>
    </message>
    <message>
        <source>XLSX is written to a file only.</source>
        <translation>XLSX 只能写入文件。</translation>
    </message>
</context>
<context>
    <name>sendtrail::MailQuery</name>
    <message>
        <source>Choose a start time.</source>
        <translation>请选择开始时间。</translation>
    </message>
    <message>
        <source>Choose an end time.</source>
        <translation>请选择结束时间。</translation>
    </message>
    <message>
        <source>The end time is before the start time; swap them or pick a later end.</source>
        <translation>结束时间早于开始时间；请交换两者，或选择更晚的结束时间。</translation>
    </message>
    <message>
        <source>The service time zone must be a whole-minute offset between UTC-14:00 and UTC+14:00.</source>
        <translation>服务时区必须是 UTC-14:00 到 UTC+14:00 之间的整分钟偏移。</translation>
    </message>
    <message>
        <source>Filter by only one of sender address, recipient address or tag: the service accepts one of them at a time.</source>
        <translation>只能按发信地址、收件人地址或标签中的一项筛选：服务每次只接受其中一项。</translation>
    </message>
    <message>
        <source>The status must be 0 (delivered), 2 (invalid address), 3 (spam) or 4 (failed).</source>
        <translation>状态必须是 0（投递成功）、2（无效地址）、3（垃圾邮件）或 4（投递失败）。</translation>
    </message>
    <message>
        <source>The page size must be between 1 and 100 records.</source>
        <translation>每页条数必须在 1 到 100 之间。</translation>
    </message>
</context>
<context>
    <name>sendtrail::MainWindow</name>
    <message>
        <source>Could not load the profile &quot;%1&quot;: %2</source>
        <translation>无法加载账号配置“%1”：%2</translation>
    </message>
    <message>
        <source>Demo mode: sample data from a local sandbox</source>
        <translation>演示模式：来自本地沙箱的示例数据</translation>
    </message>
    <message>
        <source>Record Details</source>
        <translation>记录详情</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>账号配置(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Query</source>
        <translation>查询(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Re&amp;try Failed Page</source>
        <translation>重试失败的页(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Time Zone</source>
        <translation>时区(&amp;T)</translation>
    </message>
    <message>
        <source>Reset &amp;Columns</source>
        <translation>重置列(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Sendtrail</source>
        <translation>关于 Sendtrail(&amp;A)</translation>
    </message>
    <message>
        <source>Time zone for times in the table, the form and the details</source>
        <translation>表格、表单和详情中时间所用的时区</translation>
    </message>
    <message>
        <source>Fix the marked fields; nothing was sent.</source>
        <translation>请修正标出的字段；未发送任何请求。</translation>
    </message>
    <message>
        <source>This page could not be loaded: %1</source>
        <translation>无法加载此页：%1</translation>
    </message>
    <message>
        <source>Welcome to Sendtrail</source>
        <translation>欢迎使用 Sendtrail</translation>
    </message>
    <message>
        <source>Sendtrail shows what happened to the mail you sent with Alibaba Cloud Direct Mail. To start, add a profile with an AccessKey, or look around with sample data first.</source>
        <translation>Sendtrail 展示您通过阿里云邮件推送发出的邮件的去向。开始之前，请添加一个带有 AccessKey 的账号配置，或者先用示例数据体验一下。</translation>
    </message>
    <message>
        <source>Try the &amp;Demo</source>
        <translation>试用演示(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Add a Profile…</source>
        <translation>添加账号配置(&amp;A)…</translation>
    </message>
    <message>
        <source>The demo sandbox could not start on 127.0.0.1.</source>
        <translation>演示沙箱无法在 127.0.0.1 上启动。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>汇总(&amp;S)</translation>
    </message>
    <message>
        <source>The AccessKey of the environment variables is the profile “%1” for this session.</source>
        <translation>环境变量中的 AccessKey 已作为本次会话的账号配置“%1”。</translation>
    </message>
    <message>
        <source>The AccessKey of the environment variables is the profile “%1” for this session; %2.</source>
        <translation>环境变量中的 AccessKey 已作为本次会话的账号配置“%1”；%2。</translation>
    </message>
    <message>
        <source>&amp;Look Up Recipients…</source>
        <translation>查找收件人(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Invalid Addresses…</source>
        <translation>无效地址(&amp;I)…</translation>
    </message>
    <message>
        <source>Cancelled — no rows loaded.</source>
        <translation>已取消 — 未加载任何行。</translation>
    </message>
    <message>
        <source>Cancelled. Query → Load All Rows or Retry loads more.</source>
        <translation>已取消。使用“查询 → 加载全部行”或“重试”可继续加载。</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>Copy &amp;Share Line</source>
        <translation>复制分享行(&amp;S)</translation>
    </message>
    <message>
        <source>Copy time, recipient, subject, status and RequestId of the current row for a ticket</source>
        <translation>复制当前行的时间、收件人、主题、状态和 RequestId，用于工单</translation>
    </message>
    <message>
        <source>&amp;Open Share Line from Clipboard</source>
        <translation>从剪贴板打开分享行(&amp;O)</translation>
    </message>
    <message>
        <source>Recent &amp;Queries</source>
        <translation>最近的查询(&amp;Q)</translation>
    </message>
    <message>
        <source>Show Recent Queries</source>
        <translation>显示最近的查询</translation>
    </message>
    <message>
        <source>Save &amp;Search…</source>
        <translation>保存搜索(&amp;S)…</translation>
    </message>
    <message>
        <source>Saved Searc&amp;hes</source>
        <translation>已保存的搜索(&amp;H)</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>发往 %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>标签 %1</translation>
    </message>
    <message>
        <source>all mail</source>
        <translation>全部邮件</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>No recent queries</source>
        <translation>没有最近的查询</translation>
    </message>
    <message>
        <source>No saved searches (Query → Save Search…)</source>
        <translation>没有已保存的搜索（查询 → 保存搜索…）</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Deleted the saved search &quot;%1&quot;.</source>
        <translation>已删除保存的搜索“%1”。</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>保存搜索</translation>
    </message>
    <message>
        <source>Name for this search (%1):</source>
        <translation>此搜索的名称（%1）：</translation>
    </message>
    <message>
        <source>Saved the search &quot;%1&quot; under Query → Saved Searches.</source>
        <translation>已将搜索“%1”保存到 查询 → 已保存的搜索。</translation>
    </message>
    <message>
        <source>Select a row to copy its share line.</source>
        <translation>请选择一行以复制其分享行。</translation>
    </message>
    <message>
        <source>Copied the share line of the mail to %1.</source>
        <translation>已复制发往 %1 的邮件的分享行。</translation>
    </message>
    <message>
        <source>Open Share Line</source>
        <translation>打开分享行</translation>
    </message>
    <message>
        <source>The clipboard holds no share line. Copy one (Edit → Copy Share Line, or a line with a time such as 2026-11-30 02:00:05 UTC and an address) and try again.</source>
        <translation>剪贴板中没有分享行。请先复制一行（编辑 → 复制分享行，或包含时间（如 2026-11-30 02:00:05 UTC）和地址的一行文字），然后重试。</translation>
    </message>
    <message>
        <source>The shared record was not found: the service keeps records for one month.</source>
        <translation>未找到分享的记录：服务只保留一个月的记录。</translation>
    </message>
    <message>
        <source>Fix the marked fields; nothing was read.</source>
        <translation>请修正标记的字段；未读取任何内容。</translation>
    </message>
    <message>
        <source>The archive location is not valid: %1</source>
        <translation>存档位置无效：%1</translation>
    </message>
    <message>
        <source>Sync Archive</source>
        <translation>同步存档</translation>
    </message>
    <message>
        <source>S&amp;ync Archive…</source>
        <translation>同步存档(&amp;Y)…</translation>
    </message>
</context>
<context>
    <name>sendtrail::PageParser</name>
    <message>
        <source>The reply&apos;s NextStart is neither text nor a number.</source>
        <translation>回复中的 NextStart 既不是文本也不是数字。</translation>
    </message>
    <message>
        <source>The reply carries error code %1 instead of records.</source>
        <translation>回复中带有错误码 %1，而不是记录。</translation>
    </message>
    <message>
        <source>The reply&apos;s data field is not an object.</source>
        <translation>回复中的 data 字段不是对象。</translation>
    </message>
    <message>
        <source>The reply&apos;s data.mailDetail field is not a list.</source>
        <translation>回复中的 data.mailDetail 字段不是列表。</translation>
    </message>
    <message>
        <source>Record %1 of the reply is not an object.</source>
        <translation>回复中的第 %1 条记录不是对象。</translation>
    </message>
    <message>
        <source>The reply is not valid JSON (%1 at byte %2).</source>
        <translation>回复不是有效的 JSON（%1，位于第 %2 字节）。</translation>
    </message>
    <message>
        <source>The reply is JSON but not an object.</source>
        <translation>回复是 JSON，但不是对象。</translation>
    </message>
</context>
<context>
    <name>sendtrail::Pager</name>
    <message>
        <source>The request was abandoned before its page arrived.</source>
        <translation>请求在其页面返回之前已被放弃。</translation>
    </message>
    <message>
        <source>The service repeated a page marker.</source>
        <translation>服务重复返回了同一个分页标记。</translation>
    </message>
</context>
<context>
    <name>sendtrail::PermissionAdvice</name>
    <message>
        <source>The AccessKey is valid, but its RAM user or role may not call %1. Ask an administrator of the Alibaba Cloud account to grant the RAM action %2 (or attach the system policy AliyunDirectMailReadOnlyAccess) with this policy:</source>
        <translation>AccessKey 有效，但其 RAM 用户或角色无权调用 %1。请让阿里云账号的管理员授予 RAM 操作 %2（或授予系统策略 AliyunDirectMailReadOnlyAccess），可使用以下策略：</translation>
    </message>
</context>
<context>
    <name>sendtrail::Profile</name>
    <message>
        <source>A profile name must be 1-64 characters: letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>账号配置名称必须为 1-64 个字符：字母、数字、&apos;.&apos;、&apos;_&apos; 或 &apos;-&apos;，并以字母或数字开头。</translation>
    </message>
    <message>
        <source>The AccessKey ID does not look right: it should be 4-128 letters and digits (e.g. LTAI…), or STS.… for a temporary key.</source>
        <translation>AccessKey ID 看起来不对：应为 4-128 个字母和数字（例如 LTAI…），临时密钥则为 STS.…。</translation>
    </message>
    <message>
        <source>Set a region (e.g. cn-hangzhou) or a custom endpoint.</source>
        <translation>请设置地域（例如 cn-hangzhou）或自定义服务接入点。</translation>
    </message>
    <message>
        <source>Unknown Direct Mail region. Known regions: %1.</source>
        <translation>未知的邮件推送地域。已知地域：%1。</translation>
    </message>
    <message>
        <source>The service time zone offset must be between -12:00 and +14:00 in 15-minute steps.</source>
        <translation>服务时区偏移必须在 -12:00 到 +14:00 之间，以 15 分钟为步长。</translation>
    </message>
    <message>
        <source>no region set, so %1 is used</source>
        <translation>未设置地域，因此使用 %1</translation>
    </message>
    <message>
        <source>Direct Mail has no endpoint in %1, so %2 is used</source>
        <translation>邮件推送在 %1 没有服务接入点，因此使用 %2</translation>
    </message>
</context>
<context>
    <name>sendtrail::ProfileCredentials</name>
    <message>
        <source>The AccessKey secret is empty.</source>
        <translation>AccessKey Secret 为空。</translation>
    </message>
    <message>
        <source>The STS security token is empty.</source>
        <translation>STS 安全令牌为空。</translation>
    </message>
    <message>
        <source>A security token was given for a profile without one.</source>
        <translation>为一个不使用安全令牌的账号配置提供了安全令牌。</translation>
    </message>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation>不存在名为“%1”的账号配置。</translation>
    </message>
</context>
<context>
    <name>sendtrail::ProfileStore</name>
    <message>
        <source>A profile named “%1” already exists.</source>
        <translation>名为“%1”的账号配置已存在。</translation>
    </message>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation>不存在名为“%1”的账号配置。</translation>
    </message>
    <message>
        <source>Could not save the profiles to %1. Check that the folder is writable.</source>
        <translation>无法将账号配置保存到 %1。请检查该文件夹是否可写。</translation>
    </message>
</context>
<context>
    <name>sendtrail::ProfilesCommand</name>
    <message>
        <source>Usage: sendtrail-cli profiles remove NAME [--force]

Deletes the profile NAME and its secret and STS token from the system keychain. If the
keychain cannot be reached the profile is kept, so no secret is left behind unnoticed.

Options:
  --force      Remove the profile even if its keychain entries could not be deleted.
  -h, --help   Show this help.
</source>
        <translation>用法：sendtrail-cli profiles remove NAME [--force]

删除账号配置 NAME，并从系统密钥环中删除其密钥和 STS Token。如果无法访问密钥环，
则保留该账号配置，以免密钥在不知情的情况下残留。

选项：
  --force      即使无法删除其在密钥环中的条目，也删除该账号配置。
  -h, --help   显示此帮助。
</translation>
    </message>
    <message>
        <source>Usage: sendtrail-cli profiles list

Shows every profile: name, AccessKey ID (last 4 characters only), region or endpoint,
signature version, service time zone and whether an STS token is stored. Does not
access the keychain.
</source>
        <translation>用法：sendtrail-cli profiles list

列出每个账号配置：名称、AccessKey ID（只显示最后 4 个字符）、地域或服务接入点、
签名版本、服务时区，以及是否保存了 STS Token。不会访问密钥环。
</translation>
    </message>
    <message>
        <source>Secrets are never accepted as command-line arguments (they would be visible in the process list and shell history). Type the secret at the prompt or pipe it on standard input.
</source>
        <translation>绝不接受以命令行参数形式提供的密钥（它们会出现在进程列表和 shell 历史中）。请在提示处输入密钥，或通过标准输入管道传入。
</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1…&apos; (the rest is not shown). Options are spelled --name.

</source>
        <translation>未知选项 &apos;%1…&apos;（其余部分未显示）。选项的写法为 --name。

</translation>
    </message>
    <message>
        <source>&apos;profiles list&apos; takes no arguments.

</source>
        <translation>&apos;profiles list&apos; 不接受参数。

</translation>
    </message>
    <message>
        <source>No profiles yet. Add one with: sendtrail-cli profiles add NAME --access-key-id ID --region cn-hangzhou
</source>
        <translation>还没有账号配置。可用以下命令添加：sendtrail-cli profiles add NAME --access-key-id ID --region cn-hangzhou
</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>ACCESS KEY ID</source>
        <translation>ACCESSKEY ID</translation>
    </message>
    <message>
        <source>REGION / ENDPOINT</source>
        <translation>地域 / 服务接入点</translation>
    </message>
    <message>
        <source>SIGNATURE</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>SERVICE ZONE</source>
        <translation>服务时区</translation>
    </message>
    <message>
        <source>STS TOKEN</source>
        <translation>STS TOKEN</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>--signature must be v3 or v1.
</source>
        <translation>--signature 必须是 v3 或 v1。
</translation>
    </message>
    <message>
        <source>--service-utc-offset must look like +08:00 or -05:30 (between -12:00 and +14:00, in 15-minute steps).
</source>
        <translation>--service-utc-offset 的格式应类似 +08:00 或 -05:30（在 -12:00 到 +14:00 之间，以 15 分钟为步长）。
</translation>
    </message>
    <message>
        <source>Details: %1
</source>
        <translation>详细信息：%1
</translation>
    </message>
    <message>
        <source>AccessKey secret for profile “%1”: </source>
        <translation>账号配置“%1”的 AccessKey Secret：</translation>
    </message>
    <message>
        <source>No secret entered; nothing was saved.
</source>
        <translation>未输入密钥；未保存任何内容。
</translation>
    </message>
    <message>
        <source>No secret on standard input: pipe the AccessKey secret as the first line. Nothing was saved.
</source>
        <translation>标准输入中没有密钥：请将 AccessKey Secret 作为第一行通过管道传入。未保存任何内容。
</translation>
    </message>
    <message>
        <source>STS security token for profile “%1”: </source>
        <translation>账号配置“%1”的 STS 安全令牌：</translation>
    </message>
    <message>
        <source>No security token entered; nothing was saved.
</source>
        <translation>未输入安全令牌；未保存任何内容。
</translation>
    </message>
    <message>
        <source>No security token on standard input: with --with-security-token the second line must be the STS token. Nothing was saved.
</source>
        <translation>标准输入中没有安全令牌：使用 --with-security-token 时，第二行必须是 STS Token。未保存任何内容。
</translation>
    </message>
    <message>
        <source>The profile was not saved.
</source>
        <translation>账号配置未保存。
</translation>
    </message>
    <message>
        <source>Saved profile “%1” (AccessKey ID %2). The secret is stored in the system keychain.
</source>
        <translation>已保存账号配置“%1”（AccessKey ID %2）。密钥保存在系统密钥环中。
</translation>
    </message>
    <message>
        <source>Saved profile “%1” (AccessKey ID %2). The secret is kept in memory for this session only.
</source>
        <translation>已保存账号配置“%1”（AccessKey ID %2）。密钥仅在本次会话中保存在内存里。
</translation>
    </message>
    <message>
        <source>&apos;profiles add&apos; takes exactly one NAME (secrets are never accepted as arguments).

</source>
        <translation>&apos;profiles add&apos; 只接受一个 NAME（绝不接受以参数形式提供的密钥）。

</translation>
    </message>
    <message>
        <source>&apos;profiles remove&apos; takes exactly one NAME.

</source>
        <translation>&apos;profiles remove&apos; 只接受一个 NAME。

</translation>
    </message>
    <message>
        <source>There is no profile named “%1”. See &apos;sendtrail-cli profiles list&apos;.
</source>
        <translation>不存在名为“%1”的账号配置。参见 &apos;sendtrail-cli profiles list&apos;。
</translation>
    </message>
    <message>
        <source>The profile was kept. Fix the keychain, or use --force to remove it anyway.
</source>
        <translation>已保留该账号配置。请修复密钥环，或使用 --force 强制删除。
</translation>
    </message>
    <message>
        <source>Warning: the profile was removed, but its keychain entries may remain.
</source>
        <translation>警告：账号配置已删除，但其在密钥环中的条目可能仍然存在。
</translation>
    </message>
    <message>
        <source>Removed profile “%1”.
</source>
        <translation>已删除账号配置“%1”。
</translation>
    </message>
    <message>
        <source>Unknown profiles command &apos;%1&apos;.

</source>
        <translation>未知的 profiles 命令 &apos;%1&apos;。

</translation>
    </message>
    <message>
        <source>Usage: sendtrail-cli profiles &lt;command&gt; [options]

Manage credential profiles. A profile&apos;s settings (name, AccessKey ID, region or endpoint,
signature version, service time zone) are stored in the user settings file; its AccessKey
secret and STS token only in the system keychain (Secret Service / KWallet).

Commands:
  list                 Show all profiles (AccessKey IDs masked to their last 4 characters).
  add NAME [options]   Create a profile. The secret is read from a hidden prompt, or from
                       standard input when it is not a terminal; never from an argument.
  remove NAME          Delete a profile and its keychain entries.
  import-aliyun        Copy the AK and StsToken profiles of the aliyun CLI
                       (~/.aliyun/config.json), secrets into the keychain.

Run &apos;sendtrail-cli profiles &lt;command&gt; --help&apos; for the options of a command.

Exit codes: 0 success, 1 failure (e.g. settings not writable), 2 invalid arguments,
3 keychain unavailable or failed, 4 no such profile.
</source>
        <translation>用法：sendtrail-cli profiles &lt;命令&gt; [选项]

管理凭证账号配置。账号配置的设置（名称、AccessKey ID、地域或服务接入点、签名版本、
服务时区）保存在用户设置文件中；其 AccessKey Secret 和 STS Token 只保存在系统密钥环
（Secret Service / KWallet）中。

命令：
  list                 列出所有账号配置（AccessKey ID 只显示最后 4 个字符）。
  add NAME [选项]      创建账号配置。密钥通过隐藏输入的提示读取；标准输入不是终端时，
                       从标准输入读取；绝不从命令行参数读取。
  remove NAME          删除账号配置及其在密钥环中的条目。
  import-aliyun        复制 aliyun CLI（~/.aliyun/config.json）中 AK 和 StsToken 类型的
                       账号配置，密钥保存到密钥环。

运行 &apos;sendtrail-cli profiles &lt;命令&gt; --help&apos; 查看某个命令的选项。

退出码：0 成功，1 失败（例如设置文件不可写），2 参数无效，
3 密钥环不可用或操作失败，4 账号配置不存在。
</translation>
    </message>
    <message>
        <source>Usage: sendtrail-cli profiles add NAME --access-key-id ID (--region REGION | --endpoint URL)
                                  [--signature v3|v1] [--service-utc-offset +HH:MM]
                                  [--with-security-token] [--ca-file PEM]

Creates the profile NAME (1-64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;). The AccessKey secret is never
taken from the command line (it would show in the process list and shell history): on a
terminal it is asked for without echo; otherwise the first line of standard input is used.
With --with-security-token, an STS token is asked for next (or read from the second line).

Options:
  --access-key-id ID           AccessKey ID (required), e.g. LTAI5t... or STS.... for STS.
  --region REGION              Direct Mail region: %1.
  --endpoint URL               Custom endpoint, e.g. https://dm-vpc.cn-hangzhou.aliyuncs.com/
                               (http:// only for a local test server). Overrides the
                               region&apos;s public endpoint. At least one of --region and
                               --endpoint is required.
  --signature v3|v1            Signature version: v3 (ACS3-HMAC-SHA256, default) or v1
                               (HMAC-SHA1 RPC signing).
  --service-utc-offset OFFSET  The time zone the service uses for StartTime/EndTime,
                               e.g. +08:00 (default), -05:00, UTC+8.
  --with-security-token        Also store an STS security token (temporary credentials).
  --ca-file PEM                Extra trusted CA certificates (a company&apos;s TLS-inspecting
                               proxy), trusted besides the system&apos;s CAs.
  -h, --help                   Show this help.

Examples:
  sendtrail-cli profiles add prod --access-key-id LTAI5tExampleId --region cn-hangzhou
  printf &apos;%s\n&apos; &quot;$SECRET&quot; | sendtrail-cli profiles add ci --access-key-id LTAI5tExampleId \
      --region ap-southeast-1 --signature v1
</source>
        <translation>用法：sendtrail-cli profiles add NAME --access-key-id ID (--region REGION | --endpoint URL)
                                 [--signature v3|v1] [--service-utc-offset +HH:MM]
                                 [--with-security-token] [--ca-file PEM]

创建名为 NAME 的账号配置（1-64 个字母、数字、&apos;.&apos;、&apos;_&apos;、&apos;-&apos;）。AccessKey Secret 绝不从
命令行读取（否则会出现在进程列表和 shell 历史中）：在终端上会以不回显的方式询问；
否则使用标准输入的第一行。使用 --with-security-token 时，接着会询问 STS Token
（或从第二行读取）。

选项：
  --access-key-id ID           AccessKey ID（必填），例如 LTAI5t...，STS 临时密钥为 STS....。
  --region REGION              邮件推送地域：%1。
  --endpoint URL               自定义服务接入点，例如 https://dm-vpc.cn-hangzhou.aliyuncs.com/
                               （http:// 仅限本机测试服务器）。会覆盖该地域的公网接入点。
                               --region 和 --endpoint 至少需要提供一个。
  --signature v3|v1            签名版本：v3（ACS3-HMAC-SHA256，默认）或 v1
                               （HMAC-SHA1 RPC 签名）。
  --service-utc-offset OFFSET  服务解析 StartTime/EndTime 所用的时区，
                               例如 +08:00（默认）、-05:00、UTC+8。
  --with-security-token        同时保存 STS 安全令牌（临时凭证）。
  --ca-file PEM                额外信任的 CA 证书（公司的 TLS 检查代理），
                               在系统 CA 之外一并信任。
  -h, --help                   显示此帮助。

示例：
  sendtrail-cli profiles add prod --access-key-id LTAI5tExampleId --region cn-hangzhou
  printf &apos;%s\n&apos; &quot;$SECRET&quot; | sendtrail-cli profiles add ci --access-key-id LTAI5tExampleId \
      --region ap-southeast-1 --signature v1
</translation>
    </message>
</context>
<context>
    <name>sendtrail::ProfilesDialog</name>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Custom endpoint</source>
        <translation>自定义服务接入点</translation>
    </message>
    <message>
        <source>%1 (this session only)</source>
        <translation>%1（仅限本次会话）</translation>
    </message>
    <message>
        <source>stored; type to replace</source>
        <translation>已保存；输入新值即可替换</translation>
    </message>
    <message>
        <source>optional, for temporary credentials</source>
        <translation>可选，用于临时凭证</translation>
    </message>
    <message>
        <source>AccessKey secret</source>
        <translation>AccessKey Secret</translation>
    </message>
    <message>
        <source>stored in the keychain, never shown</source>
        <translation>已保存在密钥环中，不会显示</translation>
    </message>
    <message>
        <source>kept in memory for this session, never shown</source>
        <translation>仅在本次会话中保存在内存里，不会显示</translation>
    </message>
    <message>
        <source>No usable system keychain (%1). Secrets cannot be saved, but a profile can be used for this session only: it is kept in memory and forgotten when Sendtrail quits.</source>
        <translation>没有可用的系统密钥环（%1）。无法保存密钥，但可以仅在本次会话中使用账号配置：它保存在内存中，Sendtrail 退出后即被清除。</translation>
    </message>
    <message>
        <source>Write the offset like UTC+08:00.</source>
        <translation>偏移量的写法类似 UTC+08:00。</translation>
    </message>
    <message>
        <source>A profile with this name exists already.</source>
        <translation>已存在同名的账号配置。</translation>
    </message>
    <message>
        <source>Enter the AccessKey secret.</source>
        <translation>请输入 AccessKey Secret。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Saving; the keychain may ask for permission…</source>
        <translation>正在保存；密钥环可能会请求授权…</translation>
    </message>
    <message>
        <source>Nothing was saved. To use the profile anyway, tick &quot;this session only&quot; and save again.</source>
        <translation>未保存任何内容。如果仍要使用此账号配置，请勾选“仅在本次会话中使用”后再次保存。</translation>
    </message>
    <message>
        <source>Saved for this session; the secret is kept in memory only.</source>
        <translation>已为本次会话保存；密钥仅保存在内存中。</translation>
    </message>
    <message>
        <source>Saved; the secret is in the system keychain.</source>
        <translation>已保存；密钥保存在系统密钥环中。</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>删除账号配置</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot; and its secret in the keychain?</source>
        <translation>要删除账号配置“%1”及其在密钥环中的密钥吗？</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>正在删除…</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot; and its keychain entry.</source>
        <translation>已删除“%1”及其密钥环条目。</translation>
    </message>
    <message>
        <source>Reading the secret…</source>
        <translation>正在读取密钥…</translation>
    </message>
    <message>
        <source>Enter the AccessKey secret to test it.</source>
        <translation>请输入 AccessKey Secret 以进行测试。</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>正在测试 %1…</translation>
    </message>
    <message>
        <source>✔ Connection works: the service accepted the key and answered (RequestId %1). %2</source>
        <translation>✔ 连接正常：服务接受了该密钥并已响应（RequestId %1）。%2</translation>
    </message>
    <message>
        <source>No mail in the last hour.</source>
        <translation>最近一小时内没有邮件。</translation>
    </message>
    <message>
        <source>There is mail in the last hour.</source>
        <translation>最近一小时内有邮件。</translation>
    </message>
    <message>
        <source>The service answered, but not with sending records (RequestId %1).</source>
        <translation>服务已响应，但返回的不是发信记录（RequestId %1）。</translation>
    </message>
    <message>
        <source>✘ The test failed: %1</source>
        <translation>✘ 测试失败：%1</translation>
    </message>
    <message>
        <source>Imported from the aliyun CLI: %1.</source>
        <translation>已从 aliyun CLI 导入：%1。</translation>
    </message>
    <message>
        <source>Service time zone</source>
        <translation>服务时区</translation>
    </message>
    <message>
        <source>Save Profile</source>
        <translation>保存账号配置</translation>
    </message>
    <message>
        <source>The connection test of this profile failed: %1</source>
        <translation>此账号配置的连接测试失败：%1</translation>
    </message>
    <message>
        <source>Save it anyway? You can fix it later in Profiles.</source>
        <translation>仍要保存吗？以后可以在“账号配置”中修改。</translation>
    </message>
    <message>
        <source>&amp;Save Anyway</source>
        <translation>仍然保存(&amp;S)</translation>
    </message>
    <message>
        <source>Extra trusted CA certificates</source>
        <translation>额外信任的 CA 证书</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM 证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>sendtrail::ProfilesImportCommand</name>
    <message>
        <source>Profiles in %1:
</source>
        <translation>%1 中的账号配置：
</translation>
    </message>
    <message>
        <source>  %1: error: %2
</source>
        <translation>  %1：错误：%2
</translation>
    </message>
    <message>
        <source>  %1: skipped: %2
</source>
        <translation>  %1：已跳过：%2
</translation>
    </message>
    <message>
        <source>To import:
</source>
        <translation>将导入：
</translation>
    </message>
    <message>
        <source>  NAME</source>
        <translation>  名称</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>ACCESS KEY ID</source>
        <translation>ACCESSKEY ID</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>STS TOKEN</source>
        <translation>STS TOKEN</translation>
    </message>
    <message>
        <source>  * %1: %2
</source>
        <translation>  * %1：%2
</translation>
    </message>
    <message>
        <source>with STS token</source>
        <translation>有 STS Token</translation>
    </message>
    <message>
        <source>without STS token</source>
        <translation>无 STS Token</translation>
    </message>
    <message>
        <source>Standard input is not a terminal, so there is no one to ask: run again with --yes to import. Nothing was imported.
</source>
        <translation>标准输入不是终端，无法询问确认：请加上 --yes 重新运行以导入。未导入任何账号配置。
</translation>
    </message>
    <message>
        <source>Import 1 profile? [y/N] </source>
        <translation>导入 1 个账号配置？[y/N] </translation>
    </message>
    <message>
        <source>Import %1 profiles? [y/N] </source>
        <translation>导入 %1 个账号配置？[y/N] </translation>
    </message>
    <message>
        <source>Nothing was imported.
</source>
        <translation>未导入任何账号配置。
</translation>
    </message>
    <message>
        <source>%1: imported
</source>
        <translation>%1：已导入
</translation>
    </message>
    <message>
        <source>%1: skipped: %2
</source>
        <translation>%1：已跳过：%2
</translation>
    </message>
    <message>
        <source>%1: not imported: %2
</source>
        <translation>%1：未导入：%2
</translation>
    </message>
    <message>
        <source>Imported %1 of %2; the secrets are in the system keychain.
</source>
        <translation>已导入 %1 个（共 %2 个）；密钥保存在系统密钥环中。
</translation>
    </message>
    <message>
        <source>Imported %1 of %2; the secrets are kept in memory for this session only.
</source>
        <translation>已导入 %1 个（共 %2 个）；密钥仅在本次会话中保存在内存里。
</translation>
    </message>
    <message>
        <source>Details: %1
</source>
        <translation>详细信息：%1
</translation>
    </message>
    <message>
        <source>The keychain failed; fix it and run the import again: what was imported is skipped then.
</source>
        <translation>密钥环出错；修复后请重新运行导入：已导入的账号配置届时会被跳过。
</translation>
    </message>
    <message>
        <source>Some profiles in %1 are incomplete (listed above); complete them with &apos;aliyun configure --profile NAME&apos; and run the import again.
</source>
        <translation>%1 中有些账号配置不完整（见上文）；请用 &apos;aliyun configure --profile NAME&apos; 补全后重新运行导入。
</translation>
    </message>
    <message>
        <source>Usage: sendtrail-cli profiles import-aliyun [--config PATH] [--yes]

Copies the AK and StsToken profiles of the aliyun CLI into Sendtrail under the same names,
with their AccessKey ID and region. The AccessKey secret and STS token go to the system
keychain, never to the settings file. The aliyun CLI&apos;s file is only read, never written.

Each profile that is left alone is listed with the reason: other modes (RamRoleArn,
EcsRamRole, RsaKeyPair, ChainableRamRoleArn, External, CredentialsURI, OIDC, ...) obtain
their credentials when the aliyun CLI runs; a name Sendtrail already has is never
overwritten; a name Sendtrail cannot use is skipped. A region without a Direct Mail
endpoint becomes cn-hangzhou.

What would be imported is listed first. On a terminal you are asked to confirm; otherwise
--yes is required.

Options:
  --config PATH   The aliyun CLI configuration (default: ~/.aliyun/config.json).
  --yes           Import without asking.
  -h, --help      Show this help.

Exit codes: 0 imported (or nothing to import, or declined), 1 the file cannot be used, a
profile in it is incomplete, or the settings file is not writable, 2 invalid arguments or
no terminal without --yes, 3 keychain unavailable or failed.
</source>
        <translation>用法：sendtrail-cli profiles import-aliyun [--config PATH] [--yes]

把 aliyun CLI 中 AK 和 StsToken 类型的账号配置以相同名称复制到 Sendtrail，包括其
AccessKey ID 和地域。AccessKey Secret 和 STS Token 保存到系统密钥环，绝不写入设置文件。
aliyun CLI 的文件只读取，绝不写入。

未导入的账号配置都会列出原因：其他类型（RamRoleArn、EcsRamRole、RsaKeyPair、
ChainableRamRoleArn、External、CredentialsURI、OIDC 等）的凭证在 aliyun CLI 运行时
才获取；Sendtrail 已有的名称绝不覆盖；Sendtrail 无法使用的名称会被跳过。没有邮件推送
服务接入点的地域改用 cn-hangzhou。

先列出将要导入的内容。在终端上会请求确认；否则必须加 --yes。

选项：
  --config PATH   aliyun CLI 的配置文件（默认：~/.aliyun/config.json）。
  --yes           不询问，直接导入。
  -h, --help      显示此帮助。

退出码：0 已导入（或没有可导入的内容，或已拒绝），1 文件无法使用、其中有账号配置
不完整或设置文件不可写，2 参数无效或不是终端且未加 --yes，3 密钥环不可用或操作失败。
</translation>
    </message>
    <message>
        <source>&apos;profiles import-aliyun&apos; takes no arguments; the file is given with --config PATH.

</source>
        <translation>&apos;profiles import-aliyun&apos; 不接受参数；文件用 --config PATH 指定。

</translation>
    </message>
    <message>
        <source>Nothing to import.
</source>
        <translation>没有可导入的账号配置。
</translation>
    </message>
</context>
<context>
    <name>sendtrail::QueryCommand</name>
    <message>
        <source>Wrote %1 records to %2 in %3 s.</source>
        <translation>已将 %1 条记录写入 %2，用时 %3 秒。</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>已取消；未写入任何文件。</translation>
    </message>
    <message>
        <source>Fetched %1 records in %2 pages (%3 of %4 windows done)</source>
        <translation>已获取 %1 条记录，共 %2 页（已完成 %3/%4 个时间窗口）</translation>
    </message>
    <message>
        <source>Fetched %1 records in %2 pages.</source>
        <translation>已获取 %1 条记录，共 %2 页。</translation>
    </message>
    <message>
        <source>Writing %1 of %2 rows</source>
        <translation>正在写入第 %1 行，共 %2 行</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>sendtrail::QueryForm</name>
    <message>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>no filter: all recipients, senders and tags</source>
        <translation>不筛选：所有收件人、发信地址和标签</translation>
    </message>
    <message>
        <source>recipient address, e.g. someone@example.com</source>
        <translation>收件人地址，例如 someone@example.com</translation>
    </message>
    <message>
        <source>sender address, e.g. news@mail.example.com</source>
        <translation>发信地址，例如 news@mail.example.com</translation>
    </message>
    <message>
        <source>tag name, as set in X-AliDM-Trace</source>
        <translation>标签名称，即 X-AliDM-Trace 中设置的值</translation>
    </message>
    <message>
        <source>Enter a value for this filter, or choose Any.</source>
        <translation>请为此筛选条件输入一个值，或选择“任意”。</translation>
    </message>
    <message>
        <source>“%1” is not an email address (it has no @).</source>
        <translation>“%1”不是电子邮件地址（其中没有 @）。</translation>
    </message>
    <message>
        <source>Sent to the service as %1 – %2 service time (%3).</source>
        <translation>以服务时间 %1 – %2（%3）发送给服务。</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>存档</translation>
    </message>
    <message>
        <source>Service: ask Direct Mail (one filter, 30 days). Archive: the records synced into the archive (every filter combined, any range).</source>
        <translation>服务：向邮件推送查询（一个筛选条件，30 天）。存档：已同步到存档的记录（所有筛选条件可组合，任意时间范围）。</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>来源(&amp;U)：</translation>
    </message>
    <message>
        <source>Archive &amp;location:</source>
        <translation>存档位置(&amp;L)：</translation>
    </message>
    <message>
        <source>the default archive; or a file, or postgresql://user@host:port/db</source>
        <translation>默认存档；或一个文件，或 postgresql://user@host:port/db</translation>
    </message>
    <message>
        <source>Recipient:</source>
        <translation>收件人：</translation>
    </message>
    <message>
        <source>any recipient</source>
        <translation>任意收件人</translation>
    </message>
    <message>
        <source>Sender address:</source>
        <translation>发信地址：</translation>
    </message>
    <message>
        <source>any sender</source>
        <translation>任意发信地址</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>any tag</source>
        <translation>任意标签</translation>
    </message>
    <message>
        <source>Classification:</source>
        <translation>错误分类：</translation>
    </message>
    <message>
        <source>any, e.g. MailboxNotFound</source>
        <translation>任意，例如 MailboxNotFound</translation>
    </message>
    <message>
        <source>Recipient domain:</source>
        <translation>收件人域名：</translation>
    </message>
    <message>
        <source>any, e.g. qq.com</source>
        <translation>任意，例如 qq.com</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>文本(&amp;X)：</translation>
    </message>
    <message>
        <source>in Subject or Message</source>
        <translation>在主题或回复消息中</translation>
    </message>
    <message>
        <source>In the archive every filter applies together, over any range.</source>
        <translation>在存档中，所有筛选条件同时生效，时间范围不限。</translation>
    </message>
    <message>
        <source>Last minute, in the display zone; any range</source>
        <translation>最后一分钟，按显示时区；范围不限</translation>
    </message>
    <message>
        <source>Last minute, in the display zone; at most 30 days after Start</source>
        <translation>最后一分钟，按显示时区计；最多比开始时间晚 30 天</translation>
    </message>
    <message>
        <source>End must be after Start.</source>
        <translation>结束时间必须晚于开始时间。</translation>
    </message>
</context>
<context>
    <name>sendtrail::QueryPickers</name>
    <message>
        <source>Suggestions</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>No suggestions: %1</source>
        <translation>没有建议：%1</translation>
    </message>
</context>
<context>
    <name>sendtrail::RecordDetailPanel</name>
    <message>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Time (local):</source>
        <translation>时间（本地）：</translation>
    </message>
    <message>
        <source>Time (UTC):</source>
        <translation>时间（UTC）：</translation>
    </message>
    <message>
        <source>Time (service):</source>
        <translation>时间（服务）：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Recipient:</source>
        <translation>收件人：</translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation>发件人：</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>Classification:</source>
        <translation>错误分类：</translation>
    </message>
    <message>
        <source>Server reply:</source>
        <translation>服务器回复：</translation>
    </message>
    <message>
        <source>IP pool:</source>
        <translation>IP 池：</translation>
    </message>
    <message>
        <source>Config set:</source>
        <translation>配置集：</translation>
    </message>
    <message>
        <source>LastUpdateTime as sent:</source>
        <translation>LastUpdateTime 原始值：</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>原始 JSON</translation>
    </message>
    <message>
        <source>Copy &amp;JSON</source>
        <translation>复制 JSON(&amp;J)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a record to see its details (Enter or double-click).&lt;/i&gt;</source>
        <translation>&lt;i&gt;选择一条记录以查看其详情（按 Enter 或双击）。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Copy the local time</source>
        <translation>复制本地时间</translation>
    </message>
    <message>
        <source>Copy the UTC time</source>
        <translation>复制 UTC 时间</translation>
    </message>
    <message>
        <source>Copy the service time</source>
        <translation>复制服务时间</translation>
    </message>
    <message>
        <source>Copy the status</source>
        <translation>复制状态</translation>
    </message>
    <message>
        <source>Copy the recipient</source>
        <translation>复制收件人</translation>
    </message>
    <message>
        <source>Copy the sender</source>
        <translation>复制发件人</translation>
    </message>
    <message>
        <source>Copy the subject</source>
        <translation>复制主题</translation>
    </message>
    <message>
        <source>Copy the classification</source>
        <translation>复制错误分类</translation>
    </message>
    <message>
        <source>Copy the server reply</source>
        <translation>复制服务器回复</translation>
    </message>
    <message>
        <source>Copy the IP pool</source>
        <translation>复制 IP 池</translation>
    </message>
    <message>
        <source>Copy the config set</source>
        <translation>复制配置集</translation>
    </message>
    <message>
        <source>Copy LastUpdateTime as sent</source>
        <translation>复制原始 LastUpdateTime</translation>
    </message>
    <message>
        <source>Record details</source>
        <translation>记录详情</translation>
    </message>
</context>
<context>
    <name>sendtrail::RecordTableModel</name>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
</context>
<context>
    <name>sendtrail::RecordViewProxy</name>
    <message>
        <source>Time, %1</source>
        <translation>时间（%1）</translation>
    </message>
    <message>
        <source>When the status was last updated, shown in %1. Change it in View → Time zone.</source>
        <translation>状态最后一次更新的时间，按 %1 显示。可在“视图 → 时区”中更改。</translation>
    </message>
</context>
<context>
    <name>sendtrail::Regions</name>
    <message>
        <source>China (Hangzhou)</source>
        <translation>华东1（杭州）</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>新加坡</translation>
    </message>
    <message>
        <source>Australia (Sydney)</source>
        <translation>澳大利亚（悉尼）</translation>
    </message>
    <message>
        <source>US (Virginia)</source>
        <translation>美国（弗吉尼亚）</translation>
    </message>
    <message>
        <source>Germany (Frankfurt)</source>
        <translation>德国（法兰克福）</translation>
    </message>
    <message>
        <source>The endpoint must be a full address such as https://dm.aliyuncs.com/.</source>
        <translation>服务接入点必须是完整地址，例如 https://dm.aliyuncs.com/。</translation>
    </message>
    <message>
        <source>Plain http:// would expose the request; use https:// (http:// is allowed only for a test server on this computer).</source>
        <translation>使用明文 http:// 会暴露请求内容；请使用 https://（只有本机上的测试服务器才允许使用 http://）。</translation>
    </message>
    <message>
        <source>The endpoint must start with https://.</source>
        <translation>服务接入点必须以 https:// 开头。</translation>
    </message>
    <message>
        <source>The endpoint must not contain a user name or password.</source>
        <translation>服务接入点中不能包含用户名或密码。</translation>
    </message>
    <message>
        <source>The endpoint must not contain a path; use only the host, e.g. https://dm.aliyuncs.com/.</source>
        <translation>服务接入点中不能包含路径；只写主机即可，例如 https://dm.aliyuncs.com/。</translation>
    </message>
    <message>
        <source>The endpoint must not contain a query (?...) or fragment (#...).</source>
        <translation>服务接入点中不能包含查询（?...）或片段（#...）。</translation>
    </message>
</context>
<context>
    <name>sendtrail::ResultsView</name>
    <message>
        <source>Loading a page</source>
        <translation>正在加载一页</translation>
    </message>
    <message>
        <source>Quick filter: text in any column (Ctrl+F)</source>
        <translation>快速筛选：任意列中的文本（Ctrl+F）</translation>
    </message>
    <message>
        <source>Quick filter status</source>
        <translation>快速筛选状态</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>Filters loaded rows only; no new pages load while it is set.</source>
        <translation>只筛选已加载的行；设置筛选时不会加载新页。</translation>
    </message>
    <message>
        <source>&amp;Copy Cell</source>
        <translation>复制单元格(&amp;C)</translation>
    </message>
    <message>
        <source>Copy Rows as &amp;TSV</source>
        <translation>以 TSV 格式复制行(&amp;T)</translation>
    </message>
    <message>
        <source>Copy Rows as &amp;JSON</source>
        <translation>以 JSON 格式复制行(&amp;J)</translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation>重置列</translation>
    </message>
    <message>
        <source>Show &amp;Details</source>
        <translation>显示详情(&amp;D)</translation>
    </message>
    <message>
        <source>All Mail &amp;to %1</source>
        <translation>发给 %1 的所有邮件(&amp;T)</translation>
    </message>
    <message>
        <source>All Mail &amp;from %1</source>
        <translation>来自 %1 的所有邮件(&amp;F)</translation>
    </message>
    <message>
        <source>All Mail with Tag %1</source>
        <translation>带有标签 %1 的所有邮件</translation>
    </message>
    <message>
        <source>Cop&amp;y Policy</source>
        <translation>复制策略(&amp;Y)</translation>
    </message>
    <message>
        <source>Copy the RAM policy to hand to an administrator</source>
        <translation>复制 RAM 策略，交给管理员</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Quick filter</source>
        <translation>快速筛选</translation>
    </message>
    <message>
        <source>Try A&amp;gain</source>
        <translation>重试(&amp;G)</translation>
    </message>
    <message>
        <source>Edit Profile…</source>
        <translation>编辑账号配置…</translation>
    </message>
    <message>
        <source>Open the profile to correct its AccessKey</source>
        <translation>打开账号配置以更正其 AccessKey</translation>
    </message>
    <message>
        <source>Sort by Time (Service &amp;Order)</source>
        <translation>按时间排序（服务顺序）(&amp;O)</translation>
    </message>
    <message>
        <source>Sort by %1, &amp;Ascending</source>
        <translation>按%1升序排序(&amp;A)</translation>
    </message>
    <message>
        <source>Sort by %1, &amp;Descending</source>
        <translation>按%1降序排序(&amp;D)</translation>
    </message>
</context>
<context>
    <name>sendtrail::ServiceTotalsView</name>
    <message>
        <source>The service&apos;s daily totals beside the counted records</source>
        <translation>服务的每日统计与统计出的记录对照</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Service: sent</source>
        <translation>服务：发送</translation>
    </message>
    <message>
        <source>Service: delivered</source>
        <translation>服务：送达</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Counted: delivered</source>
        <translation>统计：送达</translation>
    </message>
    <message>
        <source>The service&apos;s own totals are per whole day of its zone, within the last 30 days: this range covers none.</source>
        <translation>服务自己的统计按其时区的整天计算，且只在最近 30 天内：此范围不包含任何整天。</translation>
    </message>
    <message>
        <source>Asking the service for its own daily totals…</source>
        <translation>正在向服务获取其每日统计…</translation>
    </message>
    <message>
        <source>The service&apos;s daily totals could not be loaded: %1</source>
        <translation>无法加载服务的每日统计：%1</translation>
    </message>
    <message>
        <source>Days before %1 are older than the service keeps its totals.</source>
        <translation>%1 之前的日期早于服务保留统计的期限。</translation>
    </message>
    <message>
        <source>The service&apos;s total and the counted records differ on this day.</source>
        <translation>这一天服务的统计与统计出的记录不一致。</translation>
    </message>
</context>
<context>
    <name>sendtrail::StatsFetcher</name>
    <message>
        <source>The service&apos;s daily totals are not a list: %1</source>
        <translation>服务返回的每日统计不是列表：%1</translation>
    </message>
</context>
<context>
    <name>sendtrail::StatusBarPresenter</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Last page: from the request to its reply (network and service).
Since Run: wall time from Run to the last page, pauses while you read included.</source>
        <translation>上一页：从发出请求到收到回复的时间（网络和服务）。
自运行起：从点击运行到最后一页的实际经过时间，包括您阅读时的停顿。</translation>
    </message>
    <message>
        <source>RequestId: %1</source>
        <translation>RequestId：%1</translation>
    </message>
    <message>
        <source>%1 of %2 loaded rows</source>
        <translation>已加载 %2 行中的 %1 行</translation>
    </message>
    <message>
        <source>1 loaded row</source>
        <translation>已加载 1 行</translation>
    </message>
    <message>
        <source>%1 loaded rows</source>
        <translation>已加载 %1 行</translation>
    </message>
    <message>
        <source>Ready: choose a range and press Run (Ctrl+Enter)</source>
        <translation>就绪：选择时间范围后按“运行”（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Loading page %1…</source>
        <translation>正在加载第 %1 页…</translation>
    </message>
    <message>
        <source>Stopped: a page failed</source>
        <translation>已停止：有一页加载失败</translation>
    </message>
    <message>
        <source>All rows loaded</source>
        <translation>已加载全部行</translation>
    </message>
    <message>
        <source>Cancelled — no rows loaded</source>
        <translation>已取消 — 未加载任何行</translation>
    </message>
    <message>
        <source>Cancelled — Load All (Ctrl+Shift+End) or Retry loads more</source>
        <translation>已取消 — “加载全部”（Ctrl+Shift+End）或“重试”可继续加载</translation>
    </message>
    <message>
        <source>More available: scroll down or Load All (Ctrl+Shift+End)</source>
        <translation>还有更多：向下滚动或“加载全部”（Ctrl+Shift+End）</translation>
    </message>
    <message>
        <source>Sorting the loaded rows by %1…</source>
        <translation>正在按%1对已加载的行排序…</translation>
    </message>
    <message>
        <source>Sorted by %1, ascending (loaded rows only)</source>
        <translation>已按%1升序排序（仅已加载的行）</translation>
    </message>
    <message>
        <source>Sorted by %1, descending (loaded rows only)</source>
        <translation>已按%1降序排序（仅已加载的行）</translation>
    </message>
    <message>
        <source>Last page: %1</source>
        <translation>上一页：%1</translation>
    </message>
    <message>
        <source>Since Run: %1</source>
        <translation>自运行起：%1</translation>
    </message>
</context>
<context>
    <name>sendtrail::SummaryChart</name>
    <message>
        <source>Over time</source>
        <translation>随时间分布</translation>
    </message>
    <message>
        <source>Chart bar size</source>
        <translation>图表柱的时间粒度</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>按小时</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>按天</translation>
    </message>
    <message>
        <source>Rows over time, stacked by status</source>
        <translation>随时间分布的行数，按状态堆叠</translation>
    </message>
    <message>
        <source>No rows yet</source>
        <translation>暂无数据行</translation>
    </message>
    <message>
        <source>From %1 to %2; the highest bar has %3 rows</source>
        <translation>从 %1 到 %2；最高的柱有 %3 行</translation>
    </message>
    <message>
        <source>%1: %2 rows</source>
        <translation>%1：%2 行</translation>
    </message>
    <message>
        <source>Click to show only these rows</source>
        <translation>点击后只显示这些行</translation>
    </message>
</context>
<context>
    <name>sendtrail::SummaryCoverageBar</name>
    <message>
        <source>Fetch the rest of the query and count every row; the table stays as it is</source>
        <translation>获取查询的其余部分并统计每一行；表格保持不变</translation>
    </message>
    <message>
        <source>Could not count the whole query: %1</source>
        <translation>无法统计整个查询：%1</translation>
    </message>
    <message>
        <source>Counting the whole query</source>
        <translation>正在统计整个查询</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel counting the whole query</source>
        <translation>取消统计整个查询</translation>
    </message>
    <message>
        <source>Run a query to see how its mail did.</source>
        <translation>运行一个查询，查看其邮件的投递情况。</translation>
    </message>
    <message>
        <source>Over 1 loaded row — more available</source>
        <translation>基于已加载的 1 行 — 还有更多</translation>
    </message>
    <message>
        <source>Over %1 loaded rows — more available</source>
        <translation>基于已加载的 %1 行 — 还有更多</translation>
    </message>
    <message>
        <source>Over 1 row — whole query</source>
        <translation>基于 1 行 — 整个查询</translation>
    </message>
    <message>
        <source>Over %1 rows — whole query</source>
        <translation>基于 %1 行 — 整个查询</translation>
    </message>
    <message>
        <source>%1 rows fetched</source>
        <translation>已获取 %1 行</translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation>约剩 %1 秒</translation>
    </message>
    <message>
        <source>C&amp;omplete</source>
        <translation>完整统计(&amp;O)</translation>
    </message>
</context>
<context>
    <name>sendtrail::SummaryEntryModel</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1: %2 rows (%3). Click to show only these rows in the table.</source>
        <translation>%1：%2 行（%3）。点击后表格只显示这些行。</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
</context>
<context>
    <name>sendtrail::SummaryExport</name>
    <message>
        <source>Export the Summary as CSV</source>
        <translation>将汇总导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export the Chart as PNG</source>
        <translation>将图表导出为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Export the Chart as SVG</source>
        <translation>将图表导出为 SVG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG 图片 (*.svg)</translation>
    </message>
    <message>
        <source>Sendtrail: rows over time</source>
        <translation>Sendtrail：随时间分布的行数</translation>
    </message>
</context>
<context>
    <name>sendtrail::SummaryFilter</name>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Time: %1 – %2</source>
        <translation>时间：%1 – %2</translation>
    </message>
    <message>
        <source>Classification: %1</source>
        <translation>分类：%1</translation>
    </message>
    <message>
        <source>SMTP reply: %1</source>
        <translation>SMTP 回复：%1</translation>
    </message>
    <message>
        <source>Domain: %1</source>
        <translation>域名：%1</translation>
    </message>
    <message>
        <source>Sender: %1</source>
        <translation>发信地址：%1</translation>
    </message>
</context>
<context>
    <name>sendtrail::SummaryFormat</name>
    <message>
        <source>Top classifications</source>
        <translation>主要分类</translation>
    </message>
    <message>
        <source>Top SMTP replies</source>
        <translation>主要 SMTP 回复</translation>
    </message>
    <message>
        <source>Top recipient domains</source>
        <translation>主要收件人域名</translation>
    </message>
    <message>
        <source>Senders</source>
        <translation>发信地址</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>总计：%1</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>按天</translation>
    </message>
</context>
<context>
    <name>sendtrail::SummaryLists</name>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Rows per status</source>
        <translation>各状态的行数</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>错误分类</translation>
    </message>
    <message>
        <source>Top error classifications</source>
        <translation>主要错误分类</translation>
    </message>
    <message>
        <source>SMTP</source>
        <translation>SMTP</translation>
    </message>
    <message>
        <source>SMTP reply</source>
        <translation>SMTP 回复</translation>
    </message>
    <message>
        <source>Top SMTP replies by code</source>
        <translation>按回复码分组的主要 SMTP 回复</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>域名</translation>
    </message>
    <message>
        <source>Recipient domain</source>
        <translation>收件人域名</translation>
    </message>
    <message>
        <source>Top recipient domains</source>
        <translation>主要收件人域名</translation>
    </message>
    <message>
        <source>Senders</source>
        <translation>发信地址</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>发件人</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Rows per hour or day</source>
        <translation>每小时或每天的行数</translation>
    </message>
    <message>
        <source>Summary lists</source>
        <translation>汇总列表</translation>
    </message>
</context>
<context>
    <name>sendtrail::SummaryPanel</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export the summary or the chart</source>
        <translation>导出汇总或图表</translation>
    </message>
    <message>
        <source>Summary as &amp;CSV…</source>
        <translation>汇总导出为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Chart as &amp;PNG…</source>
        <translation>图表导出为 PNG(&amp;P)…</translation>
    </message>
    <message>
        <source>Chart as &amp;SVG…</source>
        <translation>图表导出为 SVG(&amp;S)…</translation>
    </message>
    <message>
        <source>No rows to count yet</source>
        <translation>暂无可统计的行</translation>
    </message>
    <message>
        <source>Delivery rate %1%2 of %3 rows</source>
        <translation>投递成功率 %1%2，共 %3 行</translation>
    </message>
    <message>
        <source>Service totals</source>
        <translation>服务统计</translation>
    </message>
</context>
<context>
    <name>sendtrail::TotalsComparison</name>
    <message>
        <source>The service keeps daily totals for 30 days only: none cover this range.</source>
        <translation>服务只保留 30 天的每日统计：没有覆盖此范围的数据。</translation>
    </message>
    <message>
        <source>A record is dated by its last status change and the service&apos;s totals by the day of sending, so mail sent near midnight or still retrying moves between days.</source>
        <translation>记录按最后一次状态变化计日期，而服务的统计按发送日计，所以接近午夜发送或仍在重试的邮件可能落在不同的日期。</translation>
    </message>
    <message>
        <source>Only the loaded rows are counted: use Complete to count the whole query.</source>
        <translation>只统计了已加载的行：使用“完成”统计整个查询。</translation>
    </message>
    <message>
        <source>The service&apos;s own total and the counted records agree for the day.</source>
        <translation>服务自己的统计与统计出的记录在这一天一致。</translation>
    </message>
    <message>
        <source>The service&apos;s own totals and the counted records agree on all %1 days.</source>
        <translation>服务自己的统计与统计出的记录在全部 %1 天都一致。</translation>
    </message>
    <message>
        <source>They differ on %1 of %2 days: on %3 the service counts %4 sent and %5 delivered, the records %6 and %7.</source>
        <translation>两者在 %2 天中有 %1 天不一致：%3 服务统计发送 %4 封、送达 %5 封，记录为 %6 和 %7。</translation>
    </message>
</context>
<context>
    <name>sendtrail::WriteFailure</name>
    <message>
        <source>the disk is full or the file is too large (%1)</source>
        <translation>磁盘已满或文件过大（%1）</translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
</context>
<context>
    <name>sendtrail::XlsxExporter</name>
    <message>
        <source>could not write temporary data (disk full?)</source>
        <translation>无法写入临时数据（磁盘已满？）</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>could not start the workbook</source>
        <translation>无法创建工作簿</translation>
    </message>
</context>
<context>
    <name>sendtrail::cli</name>
    <message>
        <source>Unknown command &apos;%1&apos;.

</source>
        <translation>未知命令 &apos;%1&apos;。

</translation>
    </message>
    <message>
        <source>Fetch every record of a query and write it to a file.
Times: &apos;yyyy-MM-dd HH:mm&apos; in the service&apos;s zone (UTC+08:00 unless the profile or --service-utc-offset says otherwise), or ISO 8601 with an offset (2026-05-01T09:00:00+02:00).
Credentials: --profile NAME (secret from the system keychain), or the environment variables ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET and optionally ALIBABA_CLOUD_SECURITY_TOKEN. No option ever carries a secret.</source>
        <translation>获取一个查询的全部记录并写入文件。
时间：&apos;yyyy-MM-dd HH:mm&apos;，按服务时区解析（除非账号配置或 --service-utc-offset 另有指定，否则为 UTC+08:00），或带时区偏移的 ISO 8601 时间（2026-05-01T09:00:00+02:00）。
凭证：--profile NAME（密钥取自系统密钥环），或环境变量 ALIBABA_CLOUD_ACCESS_KEY_ID、ALIBABA_CLOUD_ACCESS_KEY_SECRET 以及可选的 ALIBABA_CLOUD_SECURITY_TOKEN。任何选项都不会携带密钥。</translation>
    </message>
    <message>
        <source>Use the saved profile NAME (see &apos;sendtrail-cli profiles&apos;).</source>
        <translation>使用已保存的账号配置 NAME（参见 &apos;sendtrail-cli profiles&apos;）。</translation>
    </message>
    <message>
        <source>Service endpoint URL, e.g. https://dm.aliyuncs.com (http:// only for loopback).</source>
        <translation>服务接入点 URL，例如 https://dm.aliyuncs.com（http:// 仅限本机回环地址）。</translation>
    </message>
    <message>
        <source>Region ID: cn-hangzhou, ap-southeast-1, ap-southeast-2, us-east-1, eu-central-1.</source>
        <translation>地域 ID：cn-hangzhou、ap-southeast-1、ap-southeast-2、us-east-1、eu-central-1。</translation>
    </message>
    <message>
        <source>Start of the range (required).</source>
        <translation>时间范围的开始（必填）。</translation>
    </message>
    <message>
        <source>End of the range (required). Ranges over 30 days are split automatically.</source>
        <translation>时间范围的结束（必填）。超过 30 天的范围会自动拆分。</translation>
    </message>
    <message>
        <source>Only mail to this recipient.</source>
        <translation>只包含发给该收件人的邮件。</translation>
    </message>
    <message>
        <source>Only mail from this sender address.</source>
        <translation>只包含从该发信地址发出的邮件。</translation>
    </message>
    <message>
        <source>Only mail with this tag.</source>
        <translation>只包含带有该标签的邮件。</translation>
    </message>
    <message>
        <source>Only this delivery status: 0 delivered, 2 invalid address, 3 spam, 4 failed.</source>
        <translation>只包含该投递状态：0 投递成功，2 无效地址，3 垃圾邮件，4 投递失败。</translation>
    </message>
    <message>
        <source>Only mail sent through this dedicated IP pool.</source>
        <translation>只包含通过该专属 IP 池发送的邮件。</translation>
    </message>
    <message>
        <source>Only mail sent with this configuration set.</source>
        <translation>只包含使用该配置集发送的邮件。</translation>
    </message>
    <message>
        <source>Signature version: v3 (ACS3-HMAC-SHA256, default) or v1 (HMAC-SHA1).</source>
        <translation>签名版本：v3（ACS3-HMAC-SHA256，默认）或 v1（HMAC-SHA1）。</translation>
    </message>
    <message>
        <source>The service&apos;s time zone for StartTime/EndTime (default +08:00).</source>
        <translation>服务解析 StartTime/EndTime 所用的时区（默认 +08:00）。</translation>
    </message>
    <message>
        <source>Records per request, 1-100 (default 100).</source>
        <translation>每次请求的记录数，1-100（默认 100）。</translation>
    </message>
    <message>
        <source>Output format: jsonl, csv or xlsx (default: from the file extension, else jsonl).</source>
        <translation>输出格式：jsonl、csv 或 xlsx（默认根据文件扩展名判断，否则为 jsonl）。</translation>
    </message>
    <message>
        <source>CSV flavour: excel (UTF-8 BOM, default) or plain (RFC 4180, no BOM).</source>
        <translation>CSV 风格：excel（UTF-8 BOM，默认）或 plain（RFC 4180，无 BOM）。</translation>
    </message>
    <message>
        <source>The file to write (required). Written atomically: on failure nothing is left.</source>
        <translation>要写入的文件（必填）。以原子方式写入：失败时不会留下任何文件。</translation>
    </message>
    <message>
        <source>Client-side budget in calls per minute (default 500, the account limit).</source>
        <translation>客户端调用预算，单位为每分钟调用次数（默认 500，即账号上限）。</translation>
    </message>
    <message>
        <source>Time windows fetched at the same time (default 6).</source>
        <translation>同时获取的时间窗口数（默认 6）。</translation>
    </message>
    <message>
        <source>Fetch with a single NextStart chain per 30-day window, one after another.</source>
        <translation>每个 30 天窗口只用一条 NextStart 链依次获取。</translation>
    </message>
    <message>
        <source>No progress on stderr.</source>
        <translation>不在 stderr 上显示进度。</translation>
    </message>
    <message>
        <source>--format must be jsonl, csv or xlsx.</source>
        <translation>--format 必须是 jsonl、csv 或 xlsx。</translation>
    </message>
    <message>
        <source>--%1 must be a whole number.</source>
        <translation>--%1 必须是整数。</translation>
    </message>
    <message>
        <source>There is no profile named &apos;%1&apos;. See &apos;sendtrail-cli profiles list&apos;.</source>
        <translation>不存在名为 &apos;%1&apos; 的账号配置。参见 &apos;sendtrail-cli profiles list&apos;。</translation>
    </message>
    <message>
        <source>Unknown region &apos;%1&apos;. Use one of: %2.</source>
        <translation>未知地域 &apos;%1&apos;。请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>Say where to connect: --endpoint URL, --region ID or --profile NAME.</source>
        <translation>请指定连接目标：--endpoint URL、--region ID 或 --profile NAME。</translation>
    </message>
    <message>
        <source>--signature must be v3 or v1.</source>
        <translation>--signature 必须是 v3 或 v1。</translation>
    </message>
    <message>
        <source>--service-utc-offset must look like +08:00.</source>
        <translation>--service-utc-offset 的格式应类似 +08:00。</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>必须提供 --%1。</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a time: use &apos;yyyy-MM-dd HH:mm&apos; or ISO 8601 with an offset.</source>
        <translation>--%1 &apos;%2&apos; 不是有效的时间：请使用 &apos;yyyy-MM-dd HH:mm&apos; 或带时区偏移的 ISO 8601 时间。</translation>
    </message>
    <message>
        <source>--output FILE is required.</source>
        <translation>必须提供 --output FILE。</translation>
    </message>
    <message>
        <source>--csv-preset must be excel or plain.</source>
        <translation>--csv-preset 必须是 excel 或 plain。</translation>
    </message>
    <message>
        <source>--rate-limit must be at least 1 call per minute.</source>
        <translation>--rate-limit 至少为每分钟 1 次调用。</translation>
    </message>
    <message>
        <source>--concurrency must be between 1 and 32.</source>
        <translation>--concurrency 必须在 1 到 32 之间。</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>意外的参数 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>Fetch every record of a query and count them: per status, classification, recipient domain and day.
Times: &apos;yyyy-MM-dd HH:mm&apos; in the service&apos;s zone (UTC+08:00 unless the profile or --service-utc-offset says otherwise), or ISO 8601 with an offset (2026-05-01T09:00:00+02:00).
Credentials: --profile NAME (secret from the system keychain), or the environment variables ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET and optionally ALIBABA_CLOUD_SECURITY_TOKEN. No option ever carries a secret.</source>
        <translation>获取一个查询的全部记录并统计：按状态、分类、收件人域名和日期。
时间：&apos;yyyy-MM-dd HH:mm&apos;，按服务时区解析（除非账号配置或 --service-utc-offset 另有指定，否则为 UTC+08:00），或带时区偏移的 ISO 8601 时间（2026-05-01T09:00:00+02:00）。
凭证：--profile NAME（密钥取自系统密钥环），或环境变量 ALIBABA_CLOUD_ACCESS_KEY_ID、ALIBABA_CLOUD_ACCESS_KEY_SECRET 以及可选的 ALIBABA_CLOUD_SECURITY_TOKEN。任何选项都不会携带密钥。</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>输出格式：text（默认）或 json。</translation>
    </message>
    <message>
        <source>Zone the days are counted in: service (default), utc, local or an offset like +02:00.</source>
        <translation>按哪个时区统计日期：service（服务时区，默认）、utc、local（本地）或 +02:00 这样的偏移。</translation>
    </message>
    <message>
        <source>Write to FILE (atomically) instead of standard output.</source>
        <translation>写入 FILE（原子写入），而不是标准输出。</translation>
    </message>
    <message>
        <source>--format must be text or json.</source>
        <translation>--format 必须是 text 或 json。</translation>
    </message>
    <message>
        <source>--zone must be service, utc, local or an offset like +02:00.</source>
        <translation>--zone 必须是 service、utc、local 或 +02:00 这样的偏移。</translation>
    </message>
    <message>
        <source>Run &apos;sendtrail-cli %1 --help&apos; for the options.</source>
        <translation>运行 &apos;sendtrail-cli %1 --help&apos; 查看选项。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Page %1: %2 items</source>
        <translation>第 %1 页：%2 项</translation>
    </message>
    <message>
        <source>%1 items in %2 calls.</source>
        <translation>共 %1 项，调用 %2 次。</translation>
    </message>
    <message>
        <source>Listing failed: %1</source>
        <translation>列出失败：%1</translation>
    </message>
    <message>
        <source>The service keeps daily totals for %1 days: starting at %2 instead of %3.</source>
        <translation>服务只保留 %1 天的每日统计：从 %2 开始，而不是 %3。</translation>
    </message>
    <message>
        <source>%1 days in %2 calls.</source>
        <translation>共 %1 天，调用 %2 次。</translation>
    </message>
    <message>
        <source>Daily totals failed: %1</source>
        <translation>获取每日统计失败：%1</translation>
    </message>
    <message>
        <source>List every item of the account&apos;s %1 (%2), all pages followed.</source>
        <translation>列出账号的全部 %1（%2），自动翻完所有页。</translation>
    </message>
    <message>
        <source>Only items whose name contains K (the service ignores case).</source>
        <translation>只列出名称包含 K 的项（服务不区分大小写）。</translation>
    </message>
    <message>
        <source>Output: jsonl (the service&apos;s objects, as returned) or text (default).</source>
        <translation>输出：jsonl（服务原样返回的对象）或 text（默认）。</translation>
    </message>
    <message>
        <source>Items per request, 1-100 (default 50).</source>
        <translation>每次请求的项数，1-100（默认 50）。</translation>
    </message>
    <message>
        <source>--format must be jsonl or text.</source>
        <translation>--format 必须是 jsonl 或 text。</translation>
    </message>
    <message>
        <source>--page-size must be between 1 and 100.</source>
        <translation>--page-size 必须在 1 到 100 之间。</translation>
    </message>
    <message>
        <source>The service&apos;s own daily totals (SenderStatisticsByTagNameAndBatchID) for whole days in the service&apos;s zone. The service keeps them for 30 days and answers at most 7 days a call: longer ranges are split, older days are left out with a note.</source>
        <translation>服务自己的每日统计（SenderStatisticsByTagNameAndBatchID），按服务时区的整天计算。服务只保留 30 天，每次调用最多 7 天：更长的范围会自动拆分，更早的日期会被略去并给出提示。</translation>
    </message>
    <message>
        <source>First day, yyyy-MM-dd (required).</source>
        <translation>第一天，yyyy-MM-dd（必填）。</translation>
    </message>
    <message>
        <source>Last day, yyyy-MM-dd (required).</source>
        <translation>最后一天，yyyy-MM-dd（必填）。</translation>
    </message>
    <message>
        <source>Output: jsonl (the service&apos;s stat objects, as returned) or csv (default).</source>
        <translation>输出：jsonl（服务原样返回的 stat 对象）或 csv（默认）。</translation>
    </message>
    <message>
        <source>--%1 must be a day: yyyy-MM-dd.</source>
        <translation>--%1 必须是日期：yyyy-MM-dd。</translation>
    </message>
    <message>
        <source>--end must not be before --start.</source>
        <translation>--end 不能早于 --start。</translation>
    </message>
    <message>
        <source>Use --tag or --account-name, not both.</source>
        <translation>请使用 --tag 或 --account-name，不要同时使用。</translation>
    </message>
    <message>
        <source>--format must be jsonl or csv.</source>
        <translation>--format 必须是 jsonl 或 csv。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>已取消；未写入任何文件。</translation>
    </message>
    <message>
        <source>Looked up %1 of %2 addresses (%3 found, %4 failed), %5 calls, %6</source>
        <translation>已查询 %1/%2 个地址（找到 %3 个，失败 %4 个），调用 %5 次，%6</translation>
    </message>
    <message>
        <source>Lookup failed: %1</source>
        <translation>查询失败：%1</translation>
    </message>
    <message>
        <source>Looked up %1 addresses in %2 calls: %3 found, %4 not found, %5 failed. Lines that are not addresses: %6; duplicates folded: %7. Wrote %8 in %9 s.</source>
        <translation>共查询 %1 个地址，调用 %2 次：找到 %3 个，未找到 %4 个，失败 %5 个。不是地址的行：%6；合并的重复项：%7。已写入 %8，用时 %9 秒。</translation>
    </message>
    <message>
        <source>Addresses the service failed for: %1 (marked in the file). The first error: %2</source>
        <translation>服务查询失败的地址：%1 个（已在文件中标出）。第一个错误：%2</translation>
    </message>
    <message>
        <source>Look up many recipients at once: for every address of a list, whether the service has mail to it in the range, how many records, and the newest one with its status, SMTP reply and what it means.
Input: one address a line (blank lines and # comments skipped), or a column of a CSV file or of the first sheet of an XLSX workbook. Duplicates in any letter case count once; lines that are not addresses are reported in the output. At most %L1 addresses.
Times: &apos;yyyy-MM-dd HH:mm&apos; in the service&apos;s zone (UTC+08:00 unless the profile or --service-utc-offset says otherwise), or ISO 8601 with an offset (2026-05-01T09:00:00+02:00).
Credentials: --profile NAME (secret from the system keychain), or the environment variables ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET and optionally ALIBABA_CLOUD_SECURITY_TOKEN. No option ever carries a secret.
Exit status: 0 when every address was looked up (found or not), 1 when the service failed for any, 2 for wrong arguments or input, 130 when interrupted (no file is written).</source>
        <translation>一次查询多个收件人：对列表中的每个地址，给出该时间范围内服务中是否有发往它的邮件、记录条数，以及最新一条记录的状态、SMTP 回复及其含义。
输入：每行一个地址（跳过空行和 # 注释），或 CSV 文件中的一列，或 XLSX 工作簿第一个工作表中的一列。大小写不同的重复地址只计一次；不是地址的行会在输出中报告。最多 %L1 个地址。
时间：&apos;yyyy-MM-dd HH:mm&apos;，按服务时区解析（除非账号配置或 --service-utc-offset 另有指定，否则为 UTC+08:00），或带时区偏移的 ISO 8601 时间（2026-05-01T09:00:00+02:00）。
凭证：--profile NAME（密钥取自系统密钥环），或环境变量 ALIBABA_CLOUD_ACCESS_KEY_ID、ALIBABA_CLOUD_ACCESS_KEY_SECRET 以及可选的 ALIBABA_CLOUD_SECURITY_TOKEN。任何选项都不会携带密钥。
退出码：0 表示每个地址都已查询（无论是否找到），1 表示服务对某些地址查询失败，2 表示参数或输入有误，130 表示被中断（不写入文件）。</translation>
    </message>
    <message>
        <source>The address list (required): a text, CSV or XLSX file, or - for standard input.</source>
        <translation>地址列表（必填）：文本、CSV 或 XLSX 文件，或用 - 表示标准输入。</translation>
    </message>
    <message>
        <source>The column holding the addresses, by its header or its number (1 = first); makes a text input CSV. Default: the first column.</source>
        <translation>地址所在的列，按表头名称或序号（1 = 第一列）指定；指定后文本输入按 CSV 读取。默认：第一列。</translation>
    </message>
    <message>
        <source>Output format: jsonl or csv (default: from the file extension, else jsonl).</source>
        <translation>输出格式：jsonl 或 csv（默认：根据文件扩展名，否则为 jsonl）。</translation>
    </message>
    <message>
        <source>Addresses looked up at the same time (default 8).</source>
        <translation>同时查询的地址数（默认 8）。</translation>
    </message>
    <message>
        <source>--input FILE is required (- reads standard input).</source>
        <translation>必须指定 --input FILE（- 表示读取标准输入）。</translation>
    </message>
    <message>
        <source>--column must be a header name or a column number from 1.</source>
        <translation>--column 必须是表头名称或从 1 开始的列序号。</translation>
    </message>
    <message>
        <source>%1 of %2 addresses</source>
        <translation>%2 个地址中的 %1 个</translation>
    </message>
    <message>
        <source>%1: removed</source>
        <translation>%1：已删除</translation>
    </message>
    <message>
        <source>%1: not on the list</source>
        <translation>%1：不在列表中</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1：失败：%2</translation>
    </message>
    <message>
        <source>%1 of %2 addresses could not be removed.</source>
        <translation>%2 个地址中有 %1 个无法删除。</translation>
    </message>
    <message>
        <source>List the account&apos;s invalid-address list (QueryInvalidAddress): addresses Direct Mail no longer sends to, each dated by the failure that put it there. Whole days of the service&apos;s zone, at most 30, no more than 30 days back.</source>
        <translation>列出账号的无效地址列表（QueryInvalidAddress）：邮件推送不再向其发信的地址，日期为使其进入列表的那次失败。按服务时区的整天计，最多 30 天，最早 30 天前。</translation>
    </message>
    <message>
        <source>Only addresses containing K.</source>
        <translation>只列出包含 K 的地址。</translation>
    </message>
    <message>
        <source>Output: jsonl (the service&apos;s objects, as returned) or csv (default).</source>
        <translation>输出：jsonl（服务原样返回的对象）或 csv（默认）。</translation>
    </message>
    <message>
        <source>The service takes at most %1 days at a time.</source>
        <translation>服务每次最多接受 %1 天。</translation>
    </message>
    <message>
        <source>sendtrail-cli: not a terminal: add --yes to remove without asking.</source>
        <translation>sendtrail-cli：不是终端：加上 --yes 可不经询问直接删除。</translation>
    </message>
    <message>
        <source>Remove %1 address(es) from the invalid-address list? Direct Mail will try the next mail to each again; a real bounce puts it back. [y/N] </source>
        <translation>从无效地址列表中删除 %1 个地址？邮件推送会再次尝试向它们发送下一封邮件；真正的退信会使其重新进入列表。[y/N] </translation>
    </message>
    <message>
        <source>Remove addresses from the invalid-address list (DeleteInvalidAddress), so the next mail to them is attempted. Prints one line per address; exits non-zero if any could not be removed.</source>
        <translation>从无效地址列表中删除地址（DeleteInvalidAddress），使发往它们的下一封邮件会被尝试发送。每个地址输出一行；若有地址无法删除，则以非零状态退出。</translation>
    </message>
    <message>
        <source>Addresses to remove.</source>
        <translation>要删除的地址。</translation>
    </message>
    <message>
        <source>Do not ask (needed when standard input is not a terminal).</source>
        <translation>不询问（标准输入不是终端时必须使用）。</translation>
    </message>
    <message>
        <source>Name at least one address to remove.</source>
        <translation>请至少指定一个要删除的地址。</translation>
    </message>
    <message>
        <source>Usage: sendtrail-cli invalid-addresses list|remove [options]
Run &apos;sendtrail-cli invalid-addresses &lt;command&gt; --help&apos; for the options.
</source>
        <translation>用法：sendtrail-cli invalid-addresses list|remove [选项]
运行 &apos;sendtrail-cli invalid-addresses &lt;命令&gt; --help&apos; 查看选项。
</translation>
    </message>
    <message>
        <source>The recipient whose records are erased (required).</source>
        <translation>要删除其记录的收件人（必填）。</translation>
    </message>
    <message>
        <source>Drop the windows that end before this time (required).</source>
        <translation>删除在此时间之前结束的窗口（必填）。</translation>
    </message>
    <message>
        <source>--address A is required.</source>
        <translation>必须提供 --address A。</translation>
    </message>
    <message>
        <source>--before T is required: &apos;yyyy-MM-dd HH:mm&apos; or ISO 8601 with an offset.</source>
        <translation>必须提供 --before T：&apos;yyyy-MM-dd HH:mm&apos; 或带时区偏移的 ISO 8601。</translation>
    </message>
    <message>
        <source>Erased %1 records of %2.</source>
        <translation>已删除 %2 的 %1 条记录。</translation>
    </message>
    <message>
        <source>Dropped %1 windows.</source>
        <translation>已删除 %1 个窗口。</translation>
    </message>
    <message>
        <source>Usage: sendtrail-cli archive &lt;sync|status|forget|prune&gt; [options]

The archive keeps sending records past the service&apos;s one-month retention, in SQLite (default:
%1) or in a team&apos;s PostgreSQL (--archive postgresql://user@host:port/db; the password comes
from PGPASSWORD or ~/.pgpass, never from the command line). Read it with
&apos;sendtrail-cli export --archive ...&apos; and &apos;sendtrail-cli summary --archive ...&apos;, every filter combined.

  sync [PROFILE] [--profile P] [--archive A] [--start T] [--end T] [--settle-days N] [--no-tags]
         [--rate-limit N] [--concurrency N] [--quiet]
      Fetches every day (of the service&apos;s zone) not yet archived, and the last N days again
      (default 3: a record&apos;s time is its last status update). Each day is written in one
      transaction: a rerun, a crash or kill -9 never duplicates or loses a record.
      Tags: one more fetch per tag and day (QueryTagByParam); --no-tags skips them.
  status [--archive A]            The archived windows: when fetched, records, tags, calls.
  forget --address A [--archive A]  Erase one person&apos;s records (a data-protection request).
  prune --before T [--archive A]  Drop the windows that end before T.

On a schedule (every night at 02:30):
  cron:    30 2 * * * sendtrail-cli archive sync --profile work --quiet
  systemd: ~/.config/systemd/user/sendtrail-archive.service
             [Service]
             Type=oneshot
             ExecStart=/usr/bin/sendtrail-cli archive sync --profile work --quiet
           ~/.config/systemd/user/sendtrail-archive.timer
             [Timer]
             OnCalendar=*-*-* 02:30
             Persistent=true
             [Install]
             WantedBy=timers.target
           systemctl --user enable --now sendtrail-archive.timer
</source>
        <translation>用法：sendtrail-cli archive &lt;sync|status|forget|prune&gt; [选项]

归档在服务的一个月保留期之后继续保存发信记录，存于 SQLite（默认：
%1）或团队的 PostgreSQL（--archive postgresql://user@host:port/db；密码来自
PGPASSWORD 或 ~/.pgpass，绝不来自命令行）。用
&apos;sendtrail-cli export --archive ...&apos; 和 &apos;sendtrail-cli summary --archive ...&apos; 读取，筛选条件可任意组合。

  sync [PROFILE] [--profile P] [--archive A] [--start T] [--end T] [--settle-days N] [--no-tags]
         [--rate-limit N] [--concurrency N] [--quiet]
      获取（按服务时区）尚未归档的每一天，并重新获取最近 N 天
      （默认 3：记录的时间是其最后一次状态更新）。每一天在一个事务中写入：
      重新运行、崩溃或 kill -9 都不会重复或丢失记录。
      标签：每个标签每天多获取一次（QueryTagByParam）；--no-tags 跳过。
  status [--archive A]            已归档的时间窗口：获取时间、记录数、标签、调用次数。
  forget --address A [--archive A]  删除某个人的全部记录（数据保护请求）。
  prune --before T [--archive A]  删除在 T 之前结束的时间窗口。

定时运行（每晚 02:30）：
  cron:    30 2 * * * sendtrail-cli archive sync --profile work --quiet
  systemd: ~/.config/systemd/user/sendtrail-archive.service
             [Service]
             Type=oneshot
             ExecStart=/usr/bin/sendtrail-cli archive sync --profile work --quiet
           ~/.config/systemd/user/sendtrail-archive.timer
             [Timer]
             OnCalendar=*-*-* 02:30
             Persistent=true
             [Install]
             WantedBy=timers.target
           systemctl --user enable --now sendtrail-archive.timer
</translation>
    </message>
    <message>
        <source>sendtrail-cli archive: unknown command &apos;%1&apos;.</source>
        <translation>sendtrail-cli archive：未知命令 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>--settle-days must be between 0 and 30.</source>
        <translation>--settle-days 必须在 0 到 30 之间。</translation>
    </message>
    <message>
        <source>Cancelled; the windows written so far are kept.</source>
        <translation>已取消；已写入的窗口会保留。</translation>
    </message>
    <message>
        <source>The archive: a file path or postgresql://user@host:port/db.</source>
        <translation>归档：文件路径或 postgresql://user@host:port/db。</translation>
    </message>
    <message>
        <source>Archive from this time (default: 30 days ago, the service&apos;s retention).</source>
        <translation>从此时间开始归档（默认：30 天前，即服务的保留期）。</translation>
    </message>
    <message>
        <source>Archive up to this time (default: now).</source>
        <translation>归档到此时间为止（默认：现在）。</translation>
    </message>
    <message>
        <source>Days fetched again, as recent records still change (default 3).</source>
        <translation>重新获取的天数，因为近期记录仍会变化（默认 3）。</translation>
    </message>
    <message>
        <source>Skip the per-tag fetches: records are archived without tags.</source>
        <translation>跳过按标签的获取：记录将不带标签归档。</translation>
    </message>
    <message>
        <source>Client-side budget in calls per minute (default 500).</source>
        <translation>客户端调用预算，每分钟次数（默认 500）。</translation>
    </message>
    <message>
        <source>Queries in flight at the same time (default 6).</source>
        <translation>同时进行的查询数（默认 6）。</translation>
    </message>
    <message>
        <source>Usage: sendtrail-cli &lt;command&gt; [options]

Browse and export Alibaba Cloud Direct Mail sending records (SenderStatisticsDetailByParam).

Commands:
  export     Fetch every record of a query and write it as JSONL, CSV or XLSX.
  summary    Fetch every record of a query and count it: status, classification, domain, day.
  lookup     Look up a list of recipients (text, CSV or XLSX): found or not, how often, the newest
             record and what it means.
  archive    Keep the records past the service&apos;s month (SQLite or PostgreSQL): sync, status,
             forget, prune; then export/summary --archive with every filter combined.
  stats      The service&apos;s own daily totals (any range of the last 30 days).
  tags, senders, ip-pools, config-sets
             List the account&apos;s tags, sender addresses, dedicated IP pools or config sets.
  invalid-addresses list|remove
             The account&apos;s invalid-address list: see it, and remove addresses from it.
  profiles   List, add or remove credential profiles (secrets live in the system keychain).
  sandbox    Run the local Direct Mail look-alike used by the demo and the tests.

Run &apos;sendtrail-cli &lt;command&gt; --help&apos; for the options of a command.
Options:
  -h, --help     Show this help.
  -v, --version  Show the version.
</source>
        <translation>用法：sendtrail-cli &lt;命令&gt; [选项]

浏览并导出阿里云邮件推送的发信记录（SenderStatisticsDetailByParam）。

命令：
  export     获取一个查询的全部记录，并写入 JSONL、CSV 或 XLSX 文件。
  summary    获取一个查询的全部记录并统计：状态、分类、域名、日期。
  lookup     查询一组收件人（文本、CSV 或 XLSX）：是否找到、次数、最新记录及其含义。
  archive    在服务的一个月保留期之后继续保存记录（SQLite 或 PostgreSQL）：sync、status、
             forget、prune；之后用 export/summary --archive 任意组合筛选条件。
  stats      服务自己的每日统计（最近 30 天内的任意范围）。
  tags, senders, ip-pools, config-sets
             列出账号的标签、发信地址、独立 IP 池或配置集。
  invalid-addresses list|remove
             账号的无效地址列表：查看，并从中删除地址。
  profiles   列出、添加或删除凭证账号配置（密钥保存在系统密钥环中）。
  sandbox    运行演示和测试所用的本地邮件推送模拟服务。

运行 &apos;sendtrail-cli &lt;命令&gt; --help&apos; 查看某个命令的选项。
选项：
  -h, --help     显示此帮助。
  -v, --version  显示版本。
</translation>
    </message>
    <message>
        <source>The archive: a file path or postgresql://user@host:port/db (default: %1).</source>
        <translation>归档：文件路径或 postgresql://user@host:port/db（默认：%1）。</translation>
    </message>
    <message>
        <source>The service&apos;s time zone (default +08:00).</source>
        <translation>服务的时区（默认 +08:00）。</translation>
    </message>
    <message>
        <source>Archive %1 (schema %2): %3 day windows.
</source>
        <translation>归档 %1（结构版本 %2）：%3 个日窗口。
</translation>
    </message>
    <message>
        <source>Day (service time)  Fetched at (service time)  Records  Tags  Calls
</source>
        <translation>日期（服务时间）  获取时间（服务时间）  记录数  标签  调用
</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 records in all.</source>
        <translation>共 %1 条记录。</translation>
    </message>
    <message>
        <source>Not archived (service time):</source>
        <translation>未归档（服务时间）：</translation>
    </message>
    <message>
        <source>The archive does not cover the whole range; nothing was read. Run &apos;sendtrail-cli archive sync&apos; for these days (the service keeps one month):</source>
        <translation>归档未覆盖整个范围；未读取任何内容。请对这些日期运行 &apos;sendtrail-cli archive sync&apos;（服务保留一个月）：</translation>
    </message>
    <message>
        <source>Wrote %1 records from the archive to %2 in %3 s.</source>
        <translation>已从归档写入 %1 条记录到 %2，用时 %3 秒。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Read the archive (a file, or postgresql://user@host:port/db; &apos;default&apos; for the default file) instead of the service: every filter combines, and a range it does not cover fails and names the gaps. See &apos;sendtrail-cli archive --help&apos;.</source>
        <translation>读取归档（文件，或 postgresql://user@host:port/db；&apos;default&apos; 表示默认文件）而不是服务：所有筛选条件均可组合，未覆盖的范围会失败并列出缺口。参见 &apos;sendtrail-cli archive --help&apos;。</translation>
    </message>
    <message>
        <source>With --archive: only this ErrorClassification.</source>
        <translation>配合 --archive：仅此 ErrorClassification。</translation>
    </message>
    <message>
        <source>With --archive: only recipients of this domain.</source>
        <translation>配合 --archive：仅此域名的收件人。</translation>
    </message>
    <message>
        <source>With --archive: Subject or Message contains this, case-insensitive.</source>
        <translation>配合 --archive：Subject 或 Message 包含此文本，不区分大小写。</translation>
    </message>
    <message>
        <source>--classification, --domain and --text need --archive: the service has no such filters.</source>
        <translation>--classification、--domain 和 --text 需要 --archive：服务没有这些筛选条件。</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file (a company&apos;s TLS-inspecting proxy); the system&apos;s CAs stay trusted. May be repeated. Proxies come from HTTPS_PROXY and NO_PROXY.</source>
        <translation>另外信任此 PEM 文件中的 CA 证书（公司的 TLS 检查代理）；系统的 CA 仍然受信任。可重复使用。代理取自 HTTPS_PROXY 和 NO_PROXY。</translation>
    </message>
    <message>
        <source>Looked up %1 addresses in the archive %2: %3 found, %4 not found. Lines that are not addresses: %5; duplicates folded: %6. Wrote %7 in %8 s.</source>
        <translation>已在存档 %2 中查询 %1 个地址：找到 %3 个，未找到 %4 个。不是地址的行：%5；合并的重复项：%6。已写入 %7，用时 %8 秒。</translation>
    </message>
    <message>
        <source>Look the addresses up in the archive instead of the service (a file, or postgresql://user@host:port/db; &apos;default&apos; for the default file): no calls, any range the archive covers. A range it does not fully cover fails and names the gaps. See &apos;sendtrail-cli archive --help&apos;.</source>
        <translation>在存档而非服务中查询这些地址（一个文件，或 postgresql://user@host:port/db；&apos;default&apos; 表示默认文件）：不发起调用，可查询存档覆盖的任意范围。存档未完全覆盖的范围会失败并列出缺口。参见 &apos;sendtrail-cli archive --help&apos;。</translation>
    </message>
</context>
</TS>
