//! Chinese wording, one rule per category, in simplified and traditional characters alike: the calls to action,
//! headings and button texts of Chinese news sites and blogs ("打赏作者", "请我喝杯咖啡", "开启推送通知",
//! "登录后查看全文", "还没有账号？立即注册", "订阅我们的电子报", "发表评论", "快来抢沙发", "本网站使用Cookie",
//! "订阅后阅读全文"). Prose forms of the same words are left out on purpose: a livestream's "主播收到打赏", "发表
//! 评论" as news writes it ("发言人发表评论说"), a settings guide's "在设置中打开通知" (only push and browser
//! notifications count), "捐款支持灾区" (a relief drive), "用户登录" and "免费注册商标", "订阅日报的读者", a
//! company that "暂无评论" (declined to comment), and a bare "会员专享" badge. Chinese has no spaces, so there
//! are no word edges: every pattern is a run of words that only a widget writes, or a whole short text (a
//! button).

use super::{Lang, Matcher, Rule};
use crate::model::Category::*;

pub const RULES: &[Rule] = &[
    Rule {
        id: "donation.reader-support.zh",
        category: Donation,
        label: "Reader-support asks",
        description: "\"打赏作者\", \"赞赏支持\", \"请我喝杯咖啡\", \"请支持我们\", \"捐款支持本站\"",
        default_on: true,
        lang: Lang::Zh,
        matcher: Matcher::Wording(&[
            r"(?:打赏|打賞|赞赏|讚賞)(?:作者|支持|本站|一下|本文)|^\s*(?:打赏|打賞|赞赏|讚賞)\s*$",
            r"(?:请|請)(?:我|作者|小编|小編)喝(?:杯|一杯)?(?:咖啡|奶茶)",
            r"(?:请|請|欢迎|歡迎)(?:您|大家)?(?:支持|赞助|贊助|资助|資助|捐助|捐款|捐赠|捐贈)(?:一下)?(?:我们|我們|本站|本刊|本台)",
            r"(?:捐款|捐赠|捐贈|捐助|赞助|贊助|资助|資助)(?:支持)?(?:我们|我們|本站|本刊)(?:的)?(?:工作|运营|運營|报道|報導|报导|独立|獨立)?|^\s*(?:立即|马上|馬上|我要)?(?:捐款|捐赠|捐贈|捐助)\s*$",
            r"(?:成为|成為)(?:我们的|我們的)?(?:赞助者|贊助者|赞助人|贊助人|支持者)",
        ]),
    },
    Rule {
        id: "notification.push-prompt.zh",
        category: Notification,
        label: "Push-notification prompts",
        description: "\"开启推送通知\", \"允许浏览器通知\", \"第一时间接收新闻推送\"",
        default_on: true,
        lang: Lang::Zh,
        matcher: Matcher::Wording(&[
            r"(?:开启|開啟|打开|打開|允许|允許|启用|啟用|订阅|訂閱|接收)(?:浏览器|瀏覽器|桌面|网页|網頁)?(?:推送|推播)(?:通知)?|(?:开启|開啟|允许|允許|启用|啟用|接收)(?:浏览器|瀏覽器|桌面)通知",
            r"(?:第一时间|第一時間|即时|即時)(?:接收|获取|獲取|收到|掌握)(?:最新)?(?:的)?(?:新闻|新聞|消息|资讯|資訊|快讯|快訊)(?:推送|推播|通知|提醒)",
        ]),
    },
    Rule {
        id: "login.wall.zh",
        category: Login,
        label: "Sign-in and registration nags",
        description: "\"登录后查看全文\", \"请先登录\", \"还没有账号？立即注册\", \"免费注册\"",
        default_on: true,
        lang: Lang::Zh,
        matcher: Matcher::Wording(&[
            // Signing in to comment is a comment prompt (`comments.prompt.zh`).
            r"(?:登录|登錄|登入)(?:后|後)?(?:即可|才能|可以)?(?:查看|阅读|閱讀|继续|繼續|浏览|瀏覽|解锁|解鎖)",
            r"(?:请|請)(?:先)?(?:登录|登錄|登入)(?:账号|帳號)?(?:$|[^后後评評留发發])",
            r"(?:还没有|還沒有|没有|沒有)(?:账号|帳號|账户|帳戶)[?？,，]?\s*(?:立即|马上|馬上|免费|免費)?(?:注册|註冊)",
            r"^\s*(?:免费|免費)(?:注册|註冊)(?:会员|會員|账号|帳號)?\s*$",
        ]),
    },
    Rule {
        id: "newsletter.signup.zh",
        category: Newsletter,
        label: "Newsletter sign-ups",
        description: "\"订阅我们的电子报\", \"邮件订阅\", \"输入邮箱，订阅最新资讯\"",
        default_on: true,
        lang: Lang::Zh,
        matcher: Matcher::Wording(&[
            r"(?:订阅|訂閱)(?:我们的|我們的|本站的?)?(?:电子报|電子報|新闻通讯|新聞通訊|新闻信|新聞信|邮件|郵件|电子邮件|電子郵件|周报|週報|newsletter)",
            r"(?:邮件|郵件|电邮|電郵|邮箱|郵箱)(?:订阅|訂閱)",
            r"(?:输入|輸入|留下|填写|填寫)(?:您的|你的)?(?:电子邮箱|電子郵箱|邮箱|郵箱|电子邮件|電子郵件|email|e-mail)(?:地址)?[，,、]?\s*(?:订阅|訂閱|获取|獲取|接收|即可收到)",
        ]),
    },
    Rule {
        id: "comments.prompt.zh",
        category: Comments,
        label: "Comment prompts",
        description: "\"发表评论\", \"写下你的评论\", \"我要评论\", \"快来抢沙发\", \"登录后发表评论\"",
        default_on: true,
        lang: Lang::Zh,
        matcher: Matcher::Wording(&[
            r"^\s*(?:发表|發表|写|寫|写下|寫下|添加|新增)(?:你的|您的)?(?:评论|評論|留言)\s*$|(?:写下|寫下|留下)(?:你的|您的)(?:评论|評論|留言|看法|想法)",
            r"(?:我要|我来|我來)(?:评论|評論|留言)",
            r"抢沙发|搶沙發|(?:以)?(?:访客|訪客|游客|遊客)身份(?:留言|评论|評論|发表|發表)",
            r"(?:登录|登錄|登入)(?:后|後)(?:才能|即可|可以)?(?:发表|發表)?(?:评论|評論|留言)|(?:请|請)(?:先)?(?:登录|登錄|登入)(?:后|後)?(?:再)?(?:发表|發表)?(?:评论|評論|留言)",
        ]),
    },
    Rule {
        id: "cookie.consent.zh",
        category: Cookie,
        label: "Cookie banners",
        description: "\"本网站使用Cookie\", \"接受所有Cookie\", \"继续浏览即表示您同意\"",
        default_on: true,
        lang: Lang::Zh,
        matcher: Matcher::Wording(&[
            r"(?:本网站|本網站|本站|我们|我們)(?:会|會|将|將)?(?:使用|采用|採用|利用)\s*(?:了)?\s*cookie",
            r"(?:接受|同意)(?:所有|全部)?(?:的)?\s*cookie",
            r"(?:继续|繼續)(?:浏览|瀏覽|使用)(?:本网站|本網站|本站)?[，,]?\s*(?:即|即表示|表示|即视为|即視為|代表)(?:您)?(?:同意|接受)",
        ]),
    },
    Rule {
        id: "paywall.overlay.zh",
        category: Paywall,
        label: "Paywall overlays",
        description: "\"订阅后阅读全文\", \"开通会员即可阅读全文\", \"本文为付费内容\"",
        default_on: true,
        lang: Lang::Zh,
        matcher: Matcher::Wording(&[
            r"(?:订阅|訂閱|付费|付費|购买|購買|开通|開通)(?:会员|會員|后|後)?(?:即可|才能|可|以)?(?:阅读|閱讀|解锁|解鎖|查看)(?:全文|完整内容|完整內容|完整文章)",
            r"(?:本文|此文|这篇文章|這篇文章|此内容|此內容|本内容|本內容)(?:为|為|是|仅|僅)(?:限)?(?:付费|付費|订阅|訂閱|会员|會員)(?:专享|專享|专属|專屬|内容|內容|用户|用戶|读者|讀者)",
            r"(?:还可|還可|剩余|剩餘)(?:免费|免費)(?:阅读|閱讀)\s*\d+\s*篇",
        ]),
    },
];

#[cfg(test)]
mod tests {
    use super::super::testing::check_language;
    use super::*;

    #[test]
    fn chinese_widgets_are_recognised_and_chinese_reporting_is_not() {
        let asks = [
            (Donation, "如果觉得文章对你有帮助，欢迎打赏作者"),
            (Donation, "打賞"),
            (Donation, "请我喝杯咖啡"),
            (Donation, "独立媒体需要读者，请支持我们"),
            (Donation, "捐款支持本站的独立报道"),
            (Donation, "立即捐款"),
            (Donation, "成為我們的贊助者"),
            (Notification, "开启推送通知，不错过重要新闻"),
            (Notification, "允許瀏覽器通知"),
            (Notification, "第一时间接收最新新闻推送"),
            (Login, "登录查看全文"),
            (Login, "登入後即可閱讀完整報導"),
            (Login, "请先登录"),
            (Login, "还没有账号？立即注册"),
            (Login, "免費註冊"),
            (Newsletter, "订阅我们的电子报"),
            (Newsletter, "訂閱電子報"),
            (Newsletter, "邮件订阅"),
            (Newsletter, "输入您的邮箱，订阅每周精选"),
            (Comments, "发表评论"),
            (Comments, "写下你的评论…"),
            (Comments, "我要评论(0)"),
            (Comments, "还没有评论，快来抢沙发吧！"),
            (Comments, "您尚未登入，將以訪客身份留言"),
            (Comments, "登录后发表评论"),
            (Comments, "请先登录后再评论"),
            (Cookie, "本网站使用Cookie以提升您的浏览体验"),
            (Cookie, "接受所有 Cookie"),
            (Cookie, "繼續瀏覽本網站，即表示您同意本站的隱私權政策"),
            (Paywall, "订阅后阅读全文"),
            (Paywall, "開通會員即可閱讀全文"),
            (Paywall, "本文为付费内容"),
            (Paywall, "本月还可免费阅读3篇文章"),
        ];
        let prose = [
            "这名主播去年收到的打赏超过百万元。",
            "外交部发言人发表评论说，双方应保持克制。",
            "用户可以在设置中打开通知，也可以随时关闭。",
            "市民踊跃捐款支持灾区重建。",
            "该平台用户登录次数同比增长两成。",
            "公司为新产品申请了免费注册商标服务。",
            "订阅日报的读者逐年减少。",
            "截至发稿时，该公司暂无评论。",
            "会员专享的折扣引发争议。",
            "研究人员发现，许多网站使用cookie追踪用户。",
            "他说，支持我们的政策就是支持经济发展。",
            "该报道称，付费用户数量已超过一千万。",
        ];
        check_language(Lang::Zh, &asks, &prose);
    }
}
