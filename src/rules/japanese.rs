//! Japanese wording, one rule per category: the calls to action, headings and button texts of Japanese news
//! sites and blogs ("ご支援をお願いします", "プッシュ通知を受け取る", "会員登録すると続きが読めます",
//! "メールマガジンに登録", "コメントを書く", "この記事は有料会員限定です", "Cookieを使用しています"), in the
//! polite present a widget speaks in. Prose forms of the same words are left out on purpose: the past ("支援を
//! お願いした", "コメントを投稿した"), a settings guide's "通知をオンにする方法" (only push, browser and update
//! notifications count), and a bare "会員" or "有料" badge. Japanese has no spaces, so there are no word edges:
//! every pattern is a run of words that only a widget writes.

use super::{Lang, Matcher, Rule};
use crate::model::Category::*;

pub const RULES: &[Rule] = &[
    Rule {
        id: "donation.reader-support.ja",
        category: Donation,
        label: "Reader-support asks",
        description: "\"ご支援をお願いします\", \"寄付する\", \"サポーターになる\", \"私たちの活動を支えてください\"",
        default_on: true,
        lang: Lang::Ja,
        matcher: Matcher::Wording(&[
            r"(?:ご支援|ご寄付|寄付|支援|ご協力|応援)(?:を|の)?(?:お願いします|お願いいたします|お願い致します|ください)",
            r"^\s*(?:寄付|ご寄付|支援|サポート)(?:する|はこちら)\s*$|サポーター(?:になる|になって|になりませんか|を募集)",
            r"(?:私たち|わたしたち|当サイト|本サイト|編集部)の(?:\S{0,12})?(?:活動|運営|取材|報道|ジャーナリズム)を(?:支え|応援|支援)(?:て|る)",
            // A blogging platform's tip button and a writer's tip jar.
            r"気に入ったらサポート|(?:クリエイター|記事|著者|筆者)を(?:サポート|応援)(?:する|しませんか)|投げ銭(?:する|で応援|はこちら)",
        ]),
    },
    Rule {
        id: "notification.push-prompt.ja",
        category: Notification,
        label: "Push-notification prompts",
        description: "\"プッシュ通知を受け取る\", \"ブラウザ通知を許可\", \"最新ニュースを通知でお届け\"",
        default_on: true,
        lang: Lang::Ja,
        matcher: Matcher::Wording(&[
            r"(?:プッシュ通知|ブラウザ通知|更新通知)を(?:受け取|許可|オンに|有効に|購読)",
            r"最新(?:の)?(?:ニュース|記事|情報)を(?:プッシュ)?通知で(?:受け取|お知らせ|お届け)|(?:新着|最新)(?:の)?(?:記事|ニュース|情報)(?:の)?通知を(?:受け取|許可)",
        ]),
    },
    Rule {
        id: "login.wall.ja",
        category: Login,
        label: "Sign-in and registration nags",
        description: "\"会員登録すると続きが読めます\", \"ログインして続きを読む\", \"無料会員登録\"",
        default_on: true,
        lang: Lang::Ja,
        matcher: Matcher::Wording(&[
            r"会員登録(?:すれば|すると|していただくと|いただくと|が必要です|はこちら)",
            r"ログイン(?:して|すると|すれば)(?:続き|全文|記事)|ログインが必要です|^\s*無料会員登録",
            r"アカウントをお持ちでない方|(?:ご)?登録(?:で|すると|すれば)(?:もっと|さらに)?便利",
        ]),
    },
    Rule {
        id: "newsletter.signup.ja",
        category: Newsletter,
        label: "Newsletter sign-ups",
        description: "\"メールマガジンに登録\", \"メルマガ購読\", \"毎朝メールでまとめ読み\"",
        default_on: true,
        lang: Lang::Ja,
        matcher: Matcher::Wording(&[
            // Not the bare "メールマガジン登録": a footer's link list names its page so.
            r"(?:メールマガジン|メルマガ|ニュースレター)(?:の)?(?:配信)?(?:購読|登録)(?:の)?(?:お)?申し?込み|(?:メールマガジン|メルマガ|ニュースレター)(?:を購読|に登録|を受け取)",
            r"メールで(?:まとめ読み|お届け|受け取|配信)",
        ]),
    },
    Rule {
        id: "comments.prompt.ja",
        category: Comments,
        label: "Comment prompts",
        description: "\"コメントを書く\", \"コメントを投稿する\", \"コメントする\"",
        default_on: true,
        lang: Lang::Ja,
        matcher: Matcher::Wording(&[
            r"コメントを(?:書く|投稿する|残す|書き込む|送信する)|^\s*コメントする\s*$",
            r"コメントはまだありません|最初のコメントを(?:書|投稿)|コメントする(?:には|ためには)(?:ログイン|会員登録)",
        ]),
    },
    Rule {
        id: "cookie.consent.ja",
        category: Cookie,
        label: "Cookie banners",
        description: "\"Cookieなどを使用しています\", \"クッキーの使用に同意\"",
        default_on: true,
        lang: Lang::Ja,
        matcher: Matcher::Wording(&[
            r"(?:cookie|クッキー)(?:[（(](?:cookie|クッキー)[）)])?(?:など|等)?を(?:使用|利用)(?:して|し|しています)",
            r"(?:cookie|クッキー)(?:の使用|の利用)?に同意|(?:すべての|全ての)(?:cookie|クッキー)を(?:受け入れ|許可)",
        ]),
    },
    Rule {
        id: "paywall.overlay.ja",
        category: Paywall,
        label: "Paywall overlays",
        description: "\"この記事は有料会員限定です\", \"続きを読むには\"",
        default_on: true,
        lang: Lang::Ja,
        matcher: Matcher::Wording(&[
            r"(?:この記事|この続き|続き|全文)は(?:有料会員|会員|購読者|有料)(?:限定|の方のみ|のみ)",
            r"(?:続きを|全文を)(?:読む|お読み)(?:には|いただくには)",
            // A news site's metered article: "この記事は有料記事です。残り1234文字（全文2345文字）".
            r"この記事は有料記事です|残り\s*\d[\d,]*\s*文字\s*[（(]全文",
        ]),
    },
];

#[cfg(test)]
mod tests {
    use super::super::testing::check_language;
    use super::*;

    #[test]
    fn japanese_widgets_are_recognised_and_japanese_reporting_is_not() {
        let asks = [
            (Donation, "運営を続けるため、ご支援をお願いします。"),
            (Donation, "寄付する"),
            (Donation, "私たちの活動を支えてください"),
            (Donation, "気に入ったらサポート"),
            (Donation, "投げ銭で応援する"),
            (Notification, "プッシュ通知を受け取る"),
            (Notification, "最新ニュースを通知でお届けします"),
            (Notification, "新着記事の通知を受け取りますか？"),
            (Login, "会員登録すれば会員限定記事を閲覧できます"),
            (Login, "ログインして続きを読む"),
            (Login, "アカウントをお持ちでない方はこちら"),
            (Login, "IDのご登録でもっと便利に"),
            (Newsletter, "メールマガジンに登録"),
            (Newsletter, "メールマガジン購読のお申し込み"),
            (Newsletter, "記事を毎朝メールでまとめ読み（無料）"),
            (Comments, "コメントを書く"),
            (Comments, "コメントはまだありません。"),
            (Comments, "コメントするにはログインしてください"),
            (Cookie, "当サイトではCookieなどを使用してアクセスデータを取得・利用しています"),
            (Cookie, "クッキーの使用に同意する"),
            (Cookie, "当サイトはCookie（クッキー）を使用しています"),
            (Cookie, "すべてのCookieを受け入れる"),
            (Paywall, "この記事は有料会員限定です"),
            (Paywall, "続きを読むには購読が必要です"),
            (Paywall, "この記事は有料記事です。残り1234文字（全文2345文字）"),
        ];
        let prose = [
            "政府は被災地への支援をお願いしたと発表した。",
            "スマートフォンの通知をオンにする方法を解説する。",
            "ユーザーが掲示板にコメントを投稿した。",
            "同社は会員数が100万人を超えたと発表した。",
            "有料プランは月額500円から。",
            "メールマガジン登録",
            "メールで問い合わせたところ、回答はなかった。",
            "ブラウザのクッキーは定期的に削除した方がよい。",
            "配信者は投げ銭で収入を得ている。",
            "残り100文字で要約を書くよう求められた。",
            "新しいアプリは登録が簡単で便利だと評判だ。",
        ];
        check_language(Lang::Ja, &asks, &prose);
    }
}
