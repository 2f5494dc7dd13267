//! The rule catalog: every signal Sift can act on, as data with a stable id. The popup renders it (through
//! the wasm module), the settings refer to its ids, and the detectors compile their patterns from it, so all
//! three see one source of truth. Wording is one rule per category and language, each language in its own
//! file (English with the language-neutral name rules in `catalog`), so a reader can switch off one
//! language's wording and the popup shows which language a rule reads.

mod catalog;
mod chinese;
mod dutch;
mod finnish;
mod french;
mod german;
mod italian;
mod japanese;
mod polish;
mod portuguese;
mod russian;
mod spanish;
#[cfg(test)]
mod testing;

use crate::model::Category;
use serde::Serialize;

/// The language a rule reads. Name rules (`tag id class role`) and other structure rules are `Any`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS), ts(export))]
pub enum Lang {
    En,
    De,
    Fr,
    Es,
    It,
    Pt,
    Nl,
    Pl,
    Fi,
    Ru,
    Ja,
    Zh,
    Any,
}

impl Lang {
    /// Display order: the languages, then the rules that read no language.
    pub const ALL: [Lang; 13] = [
        Lang::En,
        Lang::De,
        Lang::Fr,
        Lang::Es,
        Lang::It,
        Lang::Pt,
        Lang::Nl,
        Lang::Pl,
        Lang::Fi,
        Lang::Ru,
        Lang::Ja,
        Lang::Zh,
        Lang::Any,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::It => "it",
            Lang::Pt => "pt",
            Lang::Nl => "nl",
            Lang::Pl => "pl",
            Lang::Fi => "fi",
            Lang::Ru => "ru",
            Lang::Ja => "ja",
            Lang::Zh => "zh",
            Lang::Any => "any",
        }
    }
}

/// Every rule: English and the language-neutral ones, then one block per language. Indices into this slice
/// are how the matchers refer to a rule, so it is one array built at compile time.
pub static RULES: &[Rule] = &concat::<
    {
        catalog::RULES.len()
            + german::RULES.len()
            + french::RULES.len()
            + spanish::RULES.len()
            + italian::RULES.len()
            + portuguese::RULES.len()
            + dutch::RULES.len()
            + polish::RULES.len()
            + finnish::RULES.len()
            + russian::RULES.len()
            + japanese::RULES.len()
            + chinese::RULES.len()
    },
>(&[
    catalog::RULES,
    german::RULES,
    french::RULES,
    spanish::RULES,
    italian::RULES,
    portuguese::RULES,
    dutch::RULES,
    polish::RULES,
    finnish::RULES,
    russian::RULES,
    japanese::RULES,
    chinese::RULES,
]);

const fn concat<const N: usize>(parts: &[&[Rule]]) -> [Rule; N] {
    let mut out = [parts[0][0]; N];
    let (mut k, mut i) = (0, 0);
    while i < parts.len() {
        let mut j = 0;
        while j < parts[i].len() {
            out[k] = parts[i][j];
            k += 1;
            j += 1;
        }
        i += 1;
    }
    assert!(k == N, "the catalog's length is the sum of its parts");
    out
}

/// How a rule recognises its category.
#[derive(Clone, Copy, Debug)]
pub enum Matcher {
    /// Case-insensitive regexes over the visible wording of an element (several languages).
    Wording(&'static [&'static str]),
    /// A regex over `tag id class role` of an element (site chrome names such as `newsletter-signup`).
    Names(&'static str),
    /// A regex over the titles of the frames a short box holds (a platform's widget drawn by another site,
    /// whose title is all a page can read of it: "Comments", "SP Consent Message").
    Frames(&'static str),
    /// A sentence kind of the claims scorer.
    Claim(&'static str),
    /// The learned wording's reading of the rule's category (`nags::wording_model`), for a short text.
    Learned,
}

impl Matcher {
    /// The regexes the rule is written in: none for a claim kind or the learned wording.
    pub fn regexes(&self) -> Vec<&'static str> {
        match *self {
            Matcher::Wording(ps) => ps.to_vec(),
            Matcher::Names(p) | Matcher::Frames(p) => vec![p],
            Matcher::Claim(_) | Matcher::Learned => vec![],
        }
    }
}

#[derive(Clone, Copy, Debug)]
pub struct Rule {
    pub id: &'static str,
    pub category: Category,
    pub label: &'static str,
    pub description: &'static str,
    pub default_on: bool,
    pub lang: Lang,
    pub matcher: Matcher,
}

/// The catalog as the popup sees it.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS), ts(export))]
pub struct CatalogEntry {
    pub id: &'static str,
    pub category: Category,
    pub label: &'static str,
    pub description: &'static str,
    pub default_on: bool,
    pub lang: Lang,
}

/// One category of the catalog with its rules, as the popup lists them.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS), ts(export))]
pub struct CategoryEntry {
    pub id: Category,
    pub label: &'static str,
    pub rules: Vec<CatalogEntry>,
}

/// The catalog grouped by category, in display order: within a category by language (English first, the
/// rules that read no language last), each language's rules in catalog order.
pub fn catalog() -> Vec<CategoryEntry> {
    let rank = |l: Lang| Lang::ALL.iter().position(|&x| x == l).unwrap_or(Lang::ALL.len());
    Category::ALL
        .into_iter()
        .map(|c| {
            let mut rules: Vec<CatalogEntry> = RULES
                .iter()
                .filter(|r| r.category == c)
                .map(|r| CatalogEntry {
                    id: r.id,
                    category: r.category,
                    label: r.label,
                    description: r.description,
                    default_on: r.default_on,
                    lang: r.lang,
                })
                .collect();
            rules.sort_by_key(|r| rank(r.lang));
            CategoryEntry { id: c, label: c.label(), rules }
        })
        .collect()
}

pub fn find(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pattern::Pattern;

    #[test]
    fn rule_ids_are_unique_and_prefixed_by_their_category() {
        let mut seen = std::collections::HashSet::new();
        for r in RULES {
            assert!(seen.insert(r.id), "duplicate rule id {}", r.id);
            assert!(r.id.starts_with(r.category.as_str()), "{} not under {}", r.id, r.category.as_str());
        }
    }

    #[test]
    fn every_pattern_compiles() {
        for r in RULES {
            match r.matcher {
                Matcher::Wording(ps) => ps.iter().for_each(|p| {
                    Pattern::new(&p.replace(r"\b", r"(?-u:\b)")).unwrap_or_else(|e| panic!("{}: {p}: {e}", r.id));
                }),
                Matcher::Names(p) | Matcher::Frames(p) => {
                    Pattern::new(&p.replace(r"\b", r"(?-u:\b)")).unwrap_or_else(|e| panic!("{}: {e}", r.id));
                }
                Matcher::Claim(k) => assert!(crate::claims::ClaimKind::parse(k).is_some(), "{k}"),
                Matcher::Learned => {}
            }
        }
    }

    /// The first characters a pattern piece can start with: each alternative of a leading group, through
    /// nested groups (enough for the catalog's shapes; a class or an escape counts as ASCII).
    fn first_chars(p: &str) -> Vec<char> {
        match p.strip_prefix("(?:") {
            Some(inner) => {
                let (mut depth, mut start, mut out) = (0, 0, Vec::new());
                for (i, c) in inner.char_indices() {
                    match c {
                        '(' => depth += 1,
                        ')' if depth == 0 => {
                            out.extend(first_chars(&inner[start..i]));
                            return out;
                        }
                        ')' => depth -= 1,
                        '|' if depth == 0 => {
                            out.extend(first_chars(&inner[start..i]));
                            start = i + 1;
                        }
                        _ => {}
                    }
                }
                out
            }
            None => p.chars().next().into_iter().collect(),
        }
    }

    #[test]
    fn no_word_boundary_sits_beside_a_letter_outside_ascii() {
        // The matchers read `\b` as an ASCII boundary (nags::matchers): beside "é", "ü" or "ê" there is none,
        // so a pattern with `\b` there never matches ("\bêtre" missed "Être alerté des dernières infos").
        // Such a place is written `(?:^|\W)` or `(?:$|\W)`.
        let beyond_ascii = |c: &char| c.is_alphabetic() && !c.is_ascii();
        for r in RULES {
            for p in r.matcher.regexes() {
                for (i, _) in p.match_indices(r"\b") {
                    let after = first_chars(&p[i + 2..]);
                    let before = p[..i].trim_end_matches(')').chars().last();
                    assert!(
                        !after.iter().any(beyond_ascii) && !before.iter().any(beyond_ascii),
                        "{}: a boundary beside a letter outside ASCII in {p}",
                        r.id
                    );
                }
            }
        }
    }

    #[test]
    fn patterns_are_lower_case_because_the_text_is_lowercased() {
        // A capital letter in a pattern could never match; an escape such as `\S` is not a letter.
        let without_escapes = |p: &str| {
            let mut out = String::new();
            let mut escaped = false;
            for c in p.chars() {
                if !escaped && c != '\\' {
                    out.push(c);
                }
                escaped = !escaped && c == '\\';
            }
            out
        };
        for r in RULES {
            for p in r.matcher.regexes() {
                let letters = without_escapes(p);
                assert!(!letters.chars().any(char::is_uppercase), "{}: capital letter in {p}", r.id);
                assert!(!p.contains("(?i)"), "{}: (?i) is not needed: {p}", r.id);
            }
        }
    }

    #[test]
    fn every_category_has_rules_in_the_catalog() {
        for entry in catalog() {
            assert!(!entry.rules.is_empty(), "{:?} has no rules", entry.id);
        }
    }

    #[test]
    fn every_language_has_wording_for_every_category_and_names_read_no_language() {
        for r in RULES {
            match r.matcher {
                Matcher::Wording(_) => assert_ne!(r.lang, Lang::Any, "{}: wording reads a language", r.id),
                Matcher::Names(_) => assert_eq!(r.lang, Lang::Any, "{}: a name rule reads no language", r.id),
                // (a vendor's frame carries its title in the page's language or in English: one rule reads all)
                Matcher::Frames(_) => assert_eq!(r.lang, Lang::Any, "{}: a frame rule reads every language", r.id),
                Matcher::Learned => assert_eq!(r.lang, Lang::Any, "{}: the model reads every language", r.id),
                Matcher::Claim(_) => {}
            }
        }
        for lang in Lang::ALL.into_iter().filter(|&l| l != Lang::Any) {
            for c in Category::HIDING {
                // (the subscriber mark's rule is its own switch: it reads only the head of the article)
                let n = RULES
                    .iter()
                    .filter(|r| r.lang == lang && r.category == c && matches!(r.matcher, Matcher::Wording(_)))
                    .filter(|r| !r.id.starts_with("paywall.badge"))
                    .count();
                assert_eq!(n, 1, "{} has {n} wording rules for {c:?}", lang.as_str());
            }
        }
    }

    #[test]
    fn the_catalog_shows_each_rules_language_english_first_and_names_last() {
        let donation = catalog().into_iter().find(|c| c.id == Category::Donation).expect("donation");
        let langs: Vec<&str> = donation.rules.iter().map(|r| r.lang.as_str()).collect();
        assert_eq!(langs, ["en", "de", "fr", "es", "it", "pt", "nl", "pl", "fi", "ru", "ja", "zh", "any", "any"]);
        let json = serde_json::to_value(&donation.rules[1]).expect("serialises");
        assert_eq!(json["lang"], "de");
        assert_eq!(json["id"], "donation.reader-support.de");
    }

    #[test]
    fn english_widgets_beyond_the_development_pages_are_recognised_and_english_reporting_is_not() {
        use crate::model::Category::*;
        // English is checked for the wording added with the other languages (issue 11, item 4); the older
        // English patterns are exercised in `nags::matchers` and `nags::classify`.
        let asks = [
            (Paywall, "Heads up: you've used 2 of your 3 free reads this month."),
            (Paywall, "You've used up your free articles."),
            (Paywall, "Become a subscriber to read this story in full."),
            (Paywall, "Get unlimited digital access"),
            (Paywall, "Unlock full access for $1"),
            (Paywall, "Members-only post"),
            (Login, "Keep me signed in"),
            (Login, "New here? Set up a free account."),
            (Login, "Create your reader profile"),
            (Login, "One account for all our titles."),
            (Login, "Log in to find your reading list."),
            (Notification, "Want a ping when the next episode drops?"),
            (Notification, "We'll nudge you when there's an update."),
            (Notification, "Breaking news pushed straight to your phone"),
            (Donation, "Pitch in what you can"),
            (Donation, "Every dollar you give keeps us independent."),
            (Donation, "If you value our journalism, please consider supporting us."),
            (Donation, "Independent journalism needs your support"),
            (Donation, "Support Us"),
            (Donation, "Support me"),
            (Donation, "Help us keep local journalism alive"),
            (Donation, "Pay what you can"),
            (Donation, "Our advocacy depends on people like you. Give today to protect clean water."),
            (Donation, "Give now"),
            (Donation, "Your gift will be matched until midnight"),
            (Donation, "Support our cause"),
            (Notification, "Get breaking news alerts in your browser"),
            (Notification, "Click “Allow” to get notified"),
            (Notification, "We'd like to notify you about the latest stories"),
            (Notification, "Never miss a story: turn on alerts"),
            (Notification, "Get up-to-the-minute news sent straight to your device"),
            (Login, "To continue reading, please log in"),
            (Newsletter, "You can unsubscribe at any time."),
            (Comments, "Anything to add?"),
            (Comments, "Discuss this article on our Telegram channel"),
            (Comments, "Facebook Conversations"),
            (Comments, "Share your voice 0 comments"),
            (Comments, "Leave a Reply"),
            (Comments, "Your email address will not be published. Required fields are marked *"),
            (Comments, "View all 48 comments"),
            (Cookie, "By clicking “Accept all”, you agree to the storing of cookies"),
            (Cookie, "You consent to our use of cookies"),
            (Cookie, "We and our partners store and/or access information on a device"),
            (Paywall, "Subscribe to read the full story"),
            (Paywall, "This story is exclusive to subscribers"),
            (Paywall, "Unlock this article"),
            (Paywall, "1 of 10 articles read"),
            (Comments, "Use the comment form below to begin a discussion about this content."),
            (Donation, "Help us continue to spread the magic of words to readers everywhere"),
            (Comments, "We ask you to keep your comments relevant and respectful."),
            (Newsletter, "Join Detroit Metro Times Newsletters"),
            (Newsletter, "World-class articles, delivered weekly."),
            (Newsletter, "Get the top stories delivered right to your inbox"),
            (Login, "BECOME A CNET MEMBER FOR FREE!"),
            (Newsletter, "The best of The New Yorker, every day, in your in-box."),
            (Newsletter, "Sign up for This Week's Issue and get an e-mail every week."),
            (Newsletter, "Sign up for Command Line, a paid weekly newsletter"),
            (Newsletter, "Get up to speed with our Essential California newsletter."),
            (Comments, "Log In to CNET to Comment"),
            (Newsletter, "Sign up and stay up to date with the island's FREE latest news."),
            (Donation, "The Daily Ledger needs your help! Learn more."),
            (Donation, "Do you rely on our reporting? Click here to support it."),
            (Donation, "Support The Ledger and make a difference for readers everywhere."),
            (Donation, "You rely on us, and we rely on you."),
            (Donation, "Give with PayPal"),
            (Donation, "Flattr this:"),
            (Donation, "PayPal - The safer, easier way to pay online!"),
            (Notification, "Sign up via push alert"),
            (Notification, "Click here to receive live updates on the count"),
            (Newsletter, "Subscribe to email updates:"),
            (Newsletter, "Ledger Newsletters. The essentials, 5 days a week."),
            (Paywall, "This is a preview of subscription content, log in to check access."),
            (Paywall, "Buy article: instant access to the full article PDF."),
            (Paywall, "Subscribe to journal: immediate online access to all issues from 2019."),
            (Newsletter, "Download your free printable now! Enter your name and email to get your free printable."),
            (Comments, "View Comments"),
            (Comments, "Load comments (32)"),
            (Comments, "Submit a Comment"),
            (Login, "Create a new account"),
            (Login, "Not a member of Pastebin yet? Sign Up, it unlocks many cool features!"),
            (Newsletter, "Join our mailing list! Plant care advice and monthly mails."),
            (Newsletter, "Got it! Your favorite recipes are coming to your inbox."),
            (Newsletter, "Never miss a delicious recipe! Sign up"),
            (Login, "Not logged in. Log in now"),
            (Cookie, "If you continue to use this site we will assume that you are happy with it."),
            (Paywall, "Subscribe now to our eNATION edition for the full story."),
            (Login, "Login with: Google Microsoft Twitter Facebook"),
            (Login, "Create an account to read the full story."),
            (Comments, "What do you think? Share your thoughts"),
            (Paywall, "Subscribe for $1 a week"),
            (Donation, "Leave a tip for the author"),
            (Comments, "Submit comments on this post to the author by e-mail."),
            (Comments, "comments powered by Disqus"),
            (Comments, "Let us know what you think! View Comments"),
            (Newsletter, "Get top stories and blog posts emailed to me each day."),
            (Login, "Not on Twitter? Sign up, tune into the things you care about."),
            (Login, "Sign up to join this community"),
            (Comments, "We want to hear what you think about this article. Submit a letter to the editor."),
            (Newsletter, "Get Data Sheet, Fortune’s technology newsletter."),
            (Newsletter, "Subscribe to receive a free eCookbook!"),
            (Newsletter, "Join thousands of people who receive the latest security news every day."),
            (Newsletter, "Join 40,000+ readers who get our weekly digest."),
            (Newsletter, "Never miss a story: get the latest viral news to your inbox"),
            (Newsletter, "Keep up with the latest daily buzz with the Daily Buzz newsletter!"),
            (Newsletter, "Keep me up to date on the latest happenings and offers."),
            (Cookie, "Strictly Necessary Cookies Always Active"),
            (Cookie, "Necessary Always Enabled"),
            (Newsletter, "Be the first to know. Sign up to receive news about the programs and events."),
            (Newsletter, "By signing up for the Morning Post newsletter, you agree to our terms."),
            (Newsletter, "Get a weekly summary of our best stories:"),
            (Comments, "There are 12 comments. Read them below or add one."),
            (Comments, "We welcome reader comments on our stories. Please keep them civil."),
            (Donation, "Our reporting would not be possible without your support."),
            (Notification, "Click the bell icon to get our breaking news."),
            (Login, "You must be logged in to save articles."),
            (Comments, "Enjoyed the story? Scroll down to comment below."),
            (Comments, "Tried this recipe? Tell us how it went in the comments."),
            (Comments, "Leave Comments"),
            (Comments, "Comment via Facebook"),
            (Comments, "Continue the Discussion on our forum"),
            (Donation, "All donations are tax-deductible."),
            (Donation, "Prefer to give by cheque? Send your gift to the address below."),
            (Donation, "Tip the writer"),
            (Donation, "Your donation of $10 a month makes a real difference."),
            (Donation, "Make a monthly gift"),
            (Donation, "Help keep local news alive"),
            (Donation, "Before you go: could you support our reporting with a gift?"),
            (Donation, "To donate by bank transfer, use sort code 20-00-00 and account 123."),
            (Donation, "Any amount helps."),
            (Notification, "Turn off notifications at any time in your browser settings."),
            (Notification, "Yes, send me alerts"),
            (Login, "Register to save articles for later."),
            (Login, "Welcome back! Sign in below."),
            (Login, "New here? Create an account"),
            (Newsletter, "Thanks! Check your inbox to confirm."),
            (Newsletter, "By signing up you agree to receive our emails."),
            (Newsletter, "Enjoyed this? Get more like it in your inbox with our morning email."),
            (Comments, "What do you think? Let us know below."),
            (Comments, "Comments on this story are pre-moderated."),
            (Cookie, "Necessary cookies are always active."),
            (Paywall, "This is your last free article."),
            (Paywall, "Continue reading with a digital subscription."),
            (Paywall, "To read the rest of this article, choose a plan."),
            (Paywall, "Subscriber exclusive"),
            (Newsletter, "Follow Blog via Email"),
            (Donation, "We've raised $12,000 of our $20,000 goal."),
            (Donation, "Choose a donation amount"),
            (Donation, "Make it a monthly donation."),
            (Notification, "You're subscribed to notifications."),
            (Notification, "Click \"Allow\" in your browser to get alerts."),
            (Notification, "You have blocked notifications from this site."),
            (Login, "Username or email"),
            (Login, "We sent a magic link to your inbox."),
            (Login, "By signing in, you agree to our terms."),
            (Newsletter, "No spam, ever."),
            (Newsletter, "You're on the list!"),
            (Comments, "Your comment is awaiting moderation."),
            (Comments, "Save my name, email, and website in this browser for the next time I comment."),
            (Cookie, "Use necessary cookies only"),
            (Cookie, "Object to legitimate interest"),
            (Paywall, "Choose the plan that's right for you."),
            (Donation, "Help keep the lights on"),
            (Donation, "Buy the team a coffee"),
            (Donation, "Enjoyed the piece? Shout Ana Lopez a coffee"),
            (Donation, "Tip jar"),
            (Donation, "Chip in what you can."),
            (Donation, "Support the podcast on Patreon."),
            (Donation, "Help us keep the archive free for everyone."),
            (Donation, "Can you spare $10 today?"),
            (Donation, "Your gift will be matched until Friday."),
            (Notification, "We'll ping you when it's live."),
            (Notification, "Turn on alerts in your browser."),
            (Notification, "Get updates straight to your desktop."),
            (Notification, "Click \"Allow\" in the pop-up."),
            (Notification, "Breaking news on your desktop"),
            (Notification, "Turn them off any time in your browser settings."),
            (Notification, "Ring the bell to hear about new videos first."),
            (Notification, "You have blocked alerts from this site."),
            (Login, "Log in to the forum"),
            (Login, "Sign in to pick up where you left off."),
            (Login, "Sign in with your staff ID"),
            (Login, "Incorrect password."),
            (Newsletter, "Sign me up!"),
            (Newsletter, "Check your inbox to confirm your address."),
            (Newsletter, "Join 3,000 gardeners who get our tips."),
            (Newsletter, "Drop your email below."),
            (Newsletter, "Weekly digest by email"),
            (Newsletter, "Every Friday I send a short letter."),
            (Comments, "Be the first to leave a comment."),
            (Comments, "Have your say below."),
            (Comments, "Please keep it civil."),
            (Comments, "Let us know in the comments!"),
            (Comments, "Comments are the views of their authors."),
            (Cookie, "Reject non-essential"),
            (Cookie, "Strictly necessary cookies cannot be switched off."),
            (Cookie, "We use a few cookies for statistics."),
            (Cookie, "You can change your consent at any time."),
            (Paywall, "You've read 2 of your 3 free articles."),
            (Paywall, "The rest of this article is for subscribers."),
            (Donation, "Fund Riverside reporting from just $3 a month."),
            (Donation, "Help us reach our $50,000 goal by Friday."),
            (Donation, "Today only: every donation to the Winter Fund is doubled."),
            (Donation, "Readers like you make our reporting possible."),
            (Donation, "Make a one-off or monthly donation."),
            (Donation, "Select an amount: $10 $25 $50"),
            (Donation, "Donations to the Tribune Foundation are tax-deductible."),
            (Donation, "Chip in for our reporters."),
            (Donation, "Would you consider chipping in?"),
            (Donation, "Already supporting us? Log in to stop seeing this."),
            (Donation, "If everyone who reads this gave just $2, our newsroom would be funded for a year."),
            (Donation, "If you have already donated, we sincerely thank you."),
            (Notification, "Enable / Maybe later"),
            (Notification, "You're now subscribed to flood alerts for York."),
            (Notification, "We'll send you an alert as soon as the results are in."),
            (Notification, "Tap the padlock, then set Notifications to Allow."),
            (Notification, "Choose your topics: Football, Tennis, F1"),
            (Notification, "Notifications snoozed"),
            (Notification, "Alerts are blocked."),
            (Notification, "news.example.com wants to send you notifications"),
            (Notification, "Get an alert whenever your team scores."),
            (Notification, "Never miss a wicket"),
            (Notification, "Live scores straight to your phone"),
            (Login, "Create your free Courier account to follow topics."),
            (Login, "Bookmark this story? Log in or register."),
            (Login, "By logging in, you agree to our Terms of Service."),
            (Login, "One login for all Tribune sites"),
            (Login, "Join Insider – it's free and takes a minute."),
            (Login, "Sign up for a free account to keep reading."),
            (Newsletter, "Get our best recipes every Friday."),
            (Newsletter, "Your morning digest lands at 6am every weekday."),
            (Newsletter, "Already receiving Market Wrap? Update your email preferences."),
            (Comments, "Be the first to have your say!"),
            (Comments, "Have your say: should the speed limit be cut?"),
            (Cookie, "Are you happy with our use of analytics and personalisation?"),
            (Cookie, "Accept tracking or pay £2.99 a month to read ad-free."),
            (Cookie, "Necessary cookies (always active)"),
            (Cookie, "We and our partners use these technologies to measure audiences."),
            (Cookie, "You can update your preferences at any time via the Cookie settings link in the footer."),
            (Paywall, "Special offer: 8 weeks for just £1"),
            (Paywall, "Your free trial has expired."),
            (Paywall, "Try it free for the first month, then $5.99 a month."),
            (Paywall, "View subscription plans"),
            (Paywall, "Continue reading with Times Premium"),
            (Paywall, "Last chance: 6 months for $2"),
            (Paywall, "Just $1 for the first month, then $9.99 a month. Cancel anytime."),
            (Paywall, "Unlock this post by becoming a patron"),
            (Comments, "Have your say — who should captain the side next season?"),
            (Paywall, "This post is for paid subscribers"),
            (Cookie, "Strictly necessary — always active"),
            (Notification, "Can we send you the occasional notification?"),
            (Newsletter, "Never miss an issue"),
            (Comments, "Log in to add your voice to the thread."),
            (Comments, "Jump into the thread"),
            (Comments, "Spotted a typo? Drop it in the comments."),
            (Cookie, "You can change your choices at any time under Privacy settings in the footer."),
        ];
        let prose = [
            "The charity said donations fell by a third last year.",
            "Smith, who has already donated $5 million to the campaign, thanked volunteers on Monday.",
            "The foundation has long funded independent journalism in the region.",
            "The app sends notifications when a train is late, the operator said.",
            "Regulators fined the site for setting cookies without consent.",
            "The paper now has more than a million digital subscribers.",
            "Comments on the video were switched off after the match.",
            "She declined to comment on the report.",
            "Voters were urged to share your voice, as the campaign's slogan put it, at the polls.",
            "Facebook comments on the post were hidden by the page's moderators.",
            "Users had to create a new account after the breach, the company said.",
            "The minister will give today the first interview since the vote.",
            "Witnesses who give now face fewer questions, the judge said.",
            "Police said they need your help to continue the search for the missing hiker.",
            "She read 3 of 10 articles before the exam, her tutor said.",
            "The board will begin a discussion about the budget next week.",
            // A sentence that mentions the comments is not the button that opens them.
            "Readers can view comments on the story once they log in, the editor said.",
            "She asked staff to join two newsletters' teams.",
            "The parcels were delivered weekly by a courier.",
            "The mayor said she would buy the volunteers a coffee.",
            "Shoppers queued for an hour. Buy one, get one free was the offer; others shouted a coffee order.",
            "Residents can log in to the portal to pay the fee.",
            "Volunteers can sign up and stay for the whole weekend, the organisers said.",
            "The shelter needs your help, the mayor said after the storm.",
            "Click here to read the full statement.",
            "The newsletter's editor works five days a week.",
            "He gave with both hands, neighbours said.",
            "Subscribers to the journal had long asked for online access.",
            "Fans rushed to join the band's mailing list after the show.",
            "The parcel is on its way to your door, the courier said.",
            "She said she would never miss a recipe from her grandmother's book.",
            "The driver was not logged in when the system failed, the report said.",
            "If you continue to use this site after the update, the old links will break.",
            "Readers who subscribe for the full season get a discount, the club said.",
            "Residents were asked to share their thoughts on the plan, and to share your views, the flyer said.",
            "Diners are expected to leave a tip for the waiter, the guide says.",
            "Fans can subscribe for a small fee, the club said.",
            "Lawyers had until Friday to submit comments on the draft rules.",
            "Tell us what you think of the new timetable, the operator asked commuters in a survey.",
            "The council said: let us know what you think by March, and the plan could still change.",
            "We're interested in your feedback on this page. Tell us what you think.",
            "Tell us what you think.",
            "Players who were not on the team had to sign up again, and fans sign up to join the parade.",
            "Get well soon, the coach told him, and the club said its newsletter would follow.",
            "Members who subscribe receive a free tote bag, the museum said.",
            "We want to hear what you think, the mayor told residents at the meeting about the plan.",
            "The leaked posts were emailed to reporters, and the updates emailed to staff every day.",
            "They join thousands of people who receive food aid each month, the charity said.",
            "Scammers send fake invoices to your inbox, police warned, and residents keep up with the council via its newsletter.",
            "The minister said: keep me informed, and staff kept him up to date on the talks.",
            "Residents signed up for alerts about the storm, and many signed up to receive sandbags.",
            "By signing up for the gym, you agree to pay each month, the lawsuit says.",
            "Parents get a weekly summary of their children's grades, and we welcome the change, the head said.",
            "The rescue would not have been possible without the help of volunteers, the captain said.",
            "The church will ring the bell at noon, and the school bell rang twice.",
            "The mayor did not comment below the post, and the council will continue the discussion in May.",
            "She tried this recipe? No, she said, she made up her own.",
            "The charity said gifts to its hospital fund had doubled since 2019.",
            "Before you go to the polls, check your registration, the clerk advised.",
            "The senator welcomed back the delegation on Tuesday.",
            "Readers were told to check their inbox for a refund notice.",
            "What do you think happened next? The police still do not know.",
            "The last free article of the constitution was struck down, the court said.",
            "Readers who follow the blog said the posts stopped in May, and many follow it by email too.",
            "The campaign has raised $2 million of its $5 million target, organisers said.",
            "Regulators said the firm had no legitimate interest in keeping the data.",
            "Users complained that they had blocked the app but still received messages.",
            "The grant will keep the lights on at the community centre for another year, the council said.",
            "Police said the suspect had entered the wrong password several times.",
            "Fans were told to have their say in a survey about the new kit.",
            "The club asked members to keep it civil after the fight, reports said.",
            "Engineers had to rebuild the server after the outage.",
            "The charity hopes to reach its £2m target by Christmas, a spokesman said.",
            "The firm said on Tuesday that every donation to the appeal would be matched pound for pound.",
            "Readers like you may remember the old tram line, which closed in 1962.",
            "If everyone who reads the report gave it five minutes, the council said, the debate would be better informed.",
            "Customers get an alert when their card is used abroad, the bank said.",
            "The app wants to show notifications on the lock screen by default, critics say.",
            "Notifications are blocked by default on work phones, the IT team said.",
            "We will notify you when the road reopens, the council told drivers.",
            "Never miss a goal again, the striker promised fans.",
            "To stop the pop-ups, click the padlock next to the address and set notifications to Block.",
            "Pick your topics carefully, the debate coach advised.",
            "By signing the petition, you agree to share your name, the group warns.",
            "Users who create their free account can save articles, the company said.",
            "Readers get the top stories every morning on the radio, the station said.",
            "Your weekly shop could cost more every week, economists warn.",
            "Comments on the post were turned off after the abuse, the club said.",
            "His reply was to report the threat to the police.",
            "Users can accept or pay to go ad-free, the regulator noted.",
            "\"We use these technologies to keep customers safe,\" the bank said.",
            "Are residents happy with how we use the park? the council asked.",
            "The paper offered 12 weeks for £1 before raising prices, analysts said.",
            "The tenant paid nothing for the first month, then £900, the tribunal heard.",
            "The court heard that his trial had ended in March.",
            // Comment rows, teasers, headlines and streaming boxes (a code review's counter-examples).
            "People like you make me sick.",
            "Disney+ deal: 3 months for $1.99",
            "NordVPN - 30 days free, then $12.99 a month",
            "Never miss a goal: how to watch the Euros on TV",
            "Have your say: council launches consultation on new bus lanes",
            "Contributions to your IRA are tax-deductible up to $7,000",
            "Why you should consider contributing more to your pension",
            "You can update your preferences at any time via the link in our emails. Privacy Policy",
            "You're subscribed to email alerts",
            "Flattr, the micro-donation service, closed its doors in 2023.",
            "Posted in Code — Permalink — License — flattr this",
            "Ministers will discuss the report on Tuesday in our capital.",
        ];
        let m = crate::nags::Matchers::new();
        let s = crate::settings::Settings::default();
        for (c, text) in asks {
            let cats: Vec<Category> = m.wording_categories(text, &s).iter().collect();
            assert_eq!(cats, vec![c], "{text}");
        }
        for text in prose {
            assert!(m.wording_hits_all(text, &s).is_empty(), "{text}");
        }
    }
}
