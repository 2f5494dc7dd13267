//! Structure and layout signals: what an element's controls and box say about it, independent of the site.
//! Each signal adds to a category's score with a short reason the reader sees in the popup.

use crate::model::{Category, CategorySet, ElementFacts};
use crate::pattern::Pattern;
use crate::pattern_set::PatternSet;
use std::sync::OnceLock;

pub struct Signal {
    pub weight: f32,
    pub reason: &'static str,
}

/// What a button says, one entry per pattern of `WORDINGS`, in the same order.
#[derive(Clone, Copy)]
enum Wording {
    Allow,
    Decline,
    Subscribe,
    SignIn,
    Give,
    Consent,
    Comment,
    Close,
    Amount,
}

/// The button wordings, written in lower case and matched against lowercased button text (far cheaper to
/// build than `(?i)`). ASCII word boundaries, the lazy DFA's kind: "sí" ends in a non-ASCII letter, after
/// which an ASCII boundary never holds, so the Allow pattern spells its end out.
const WORDINGS: [&str; 9] = [
    r"^\s*(?:allow|accept|yes|enable|turn on|ok|sure|subscribe|ja|erlauben|zulassen|aktivieren|akzeptieren|autoriser|activer|accepter|oui|permitir|activar|aceptar|acepto|sí)(?:$|\W)",
    r"^\s*(?:not now|no,? thanks|no thank you|no|later|maybe later|block|refuse|decline|deny|don'?t allow|dismiss|never|cancel|nein|später|ablehnen|blockieren|abbrechen|plus tard|non merci|refuser|bloquer|annuler|ahora no|no,? gracias|más tarde|rechazar|bloquear|cancelar)\b",
    r"\b(?:subscribe|sign ?up|sign me up|count me in|keep me (?:posted|updated)|join|submit|get (?:it|the newsletter)|abonnieren|anmelden|eintragen|s'inscrire|je m'inscris|je m'abonne|suscribirme|suscribirse|inscribirme|quiero recibirlo)\b",
    r"\b(?:sign ?in|log ?in|register|sign ?up|create (?:an |a free )?account|continue (?:with|as)|anmelden|einloggen|registrieren|konto (?:anlegen|erstellen)|mit \S+ fortfahren|weiter als|se connecter|connexion|s'inscrire|créer (?:un|mon) compte|continuer (?:avec|en tant que)|iniciar sesión|regístrate|registrarse|crear (?:una |mi )?cuenta|continuar (?:con|como)|entrar|acceder)\b",
    r"\b(?:donate|contribute|support (?:us|now|the)|become a (?:supporter|member|patron)|give|chip in|spenden|unterstützen|mitglied werden|faire un don|soutenir|je soutiens|je donne|donar|apoyar|colabora)\b",
    r"\b(?:accept|agree|allow all|reject all|got it|i understand|akzeptieren|zustimmen|alle (?:zulassen|ablehnen)|accepter|j'accepte|tout (?:refuser|accepter)|aceptar|acepto|no acepto|rechazar)\b",
    r"\b(?:comment|comments|reply|post|publish|kommentar|absenden|commentaire|publier|comentar|publicar|enviar)\b",
    r"^\s*(?:×|✕|✖|x|close|dismiss|schließen|fermer|cerrar)\s*$",
    // a donation level: the whole label is an amount of money ("$10", "25 €", "£5.00")
    r"^\s*(?:[$€£]\s?\d{1,5}(?:[.,]\d{2})?|\d{1,5}(?:[.,]\d{2})?\s?(?:€|\$|£|eur|chf))\s*$",
];

/// An amount of money in running text (a donation banner's "€5 €10 €20 €50" beside its radio buttons).
const AMOUNT: &str = r"(?:[$€£]\s?\d{1,5}(?:[.,]\d{2})?|\d{1,5}(?:[.,]\d{2})?\s?(?:€|\$|£|eur|chf))(?:\W|$)";

/// Words that say a box is about comments (a comment form says so in a label, a tab or a count; the editor's
/// own placeholder is not text).
const COMMENT_WORDS: &str = r"\b(?:comment\w*|komment\w*|commentaire\w*|comentario\w*|discussion|diskussion|conversation|debate|débat|discusión|mitzudiskutieren|diskutieren sie mit|share your (?:thoughts|opinion|views)|reacties?|discussie|komentarz\w*|dyskusj\w*|comentári\w*|discussione|keskustel\w*)\b|discussão|комментари|обсуждени";

/// A plea to switch an ad blocker off ("We noticed you're using an ad blocker", "Bitte deaktivieren Sie Ihren
/// Werbeblocker"), and the words of a way to pay or an ask for support that make such a box a donation ask after
/// all ("Wir nötigen niemanden, den Adblocker zu deaktivieren. Unterstütze unsere Unabhängigkeit!").
const AD_BLOCKER: &str = r"\bad[- ]?block(?:er|ers|ing)?\b|\badblock|\bwerbe-?blocker|\bbloqueurs? de pub|\bbloqueador(?:es)? de (?:anuncios|publicidad|anúncios)|\bblocco (?:degli |della )?(?:annunci|pubblicità)";
const PAYMENT: &str = r"\bsupport us\b|\bbecome an? (?:member|supporter)\b|\bunterstütze(?:n sie)? (?:uns|unsere|unseren|mich)\b|\bdonat|\bspend|\bpaypal\b|\bpatreon\b|\bko-?fi\b|\bcontribut|\bfaire un don\b|\bdonnez\b|\bdona(?:r|ción|ciones)?\b|[$€£]\s?\d|\d\s?(?:€|\$|£)";

/// More button texts, in the same order as `WORDINGS`: Italian and Portuguese, and German, French and Spanish
/// ones the first list lacks (issue 11, item 4). Both apostrophes, ' and ’.
const LANG_WORDINGS: [&str; 8] = [
    r"^\s*(?:consenti|permetti|attiva|attivare|sì|ativar|activar|permitir|aceitar|autorizar|sim|ja|gerne|volontiers|je veux|claro|notify me|m['’]alerter|alertez-moi|avísame|avisadme|avvisami|avvisatemi|me avise|avise-me|benachrichtige mich)(?:$|\W)",
    r"^\s*(?:non ora|no,? grazie|più tardi|blocca|rifiuta|nega|agora não|não,? obrigad[oa]|mais tarde|bloquear|recusar|rejeitar|negar|nicht jetzt|nein,? danke|vielleicht später|pas maintenant|non,? merci|jamais|quizás más tarde|nunca|(?:\w+,? )?no me interesa)\b",
    r"\b(?:iscriviti|iscrivimi|abbonati|inscreva-se|inscrever|assinar|assine|subscrever|subscreva|cadastrar|eintragen|bestellen|s['’]abonner|s['’]inscrire|je m['’]inscris|je m['’]abonne|suscríbete|suscribite|apúntate|invia|enviar|quero receber)\b",
    r"\b(?:accedi|registrati|entrar|iniciar sessão|fazer login|cadastre-se|registe-se|registre-se|criar conta|einloggen|konto erstellen|connectez-vous|identifiez-vous|je me connecte|je m['’]identifie|créer un compte|ingresar|ingresá|acceder|crear cuenta)\b",
    r"\b(?:dona|donare|sostieni|sostienici|contribuisci|doe|doar|apoie|contribua|contribuir|je donne|je soutiens|contribuer|colabora|aporta|apoya|apóyanos|hazte socio|hazte socia|jetzt unterstützen|supporter(?:in)? werden|unterstützer(?:in)? werden|kaffeekasse|quero apoiar|don mensuel)\b",
    r"\b(?:accetta|accetto|accetta tutti|rifiuta|rifiuta tutti|acconsento|aceitar|aceito|aceitar todos|concordo|rejeitar|recusar|alle akzeptieren|alle ablehnen|einverstanden|tout accepter|tout refuser|j['’]accepte|acepto|aceptar todo|rechazar todo)\b",
    r"\b(?:commenta|commenti|rispondi|comente|comentários|comentar|comentario|comentarios|responder|kommentare|kommentieren|antworten|commenter|répondre)\b",
    r"^\s*(?:chiudi|fechar|schliessen)\s*$",
];

/// Button texts in Dutch, Polish and Russian, in the same order as `LANG_WORDINGS`. A Polish or Russian word
/// ending in a non-ASCII letter never gets an ASCII `\b` after it: those are spelt out or matched as prefixes.
const MORE_WORDINGS: [&str; 8] = [
    r"^\s*(?:toestaan|sta toe|inschakelen|aanzetten|zezwól|zezwalaj|włącz|tak|разрешить|включить|да)(?:$|[^\wа-яёąćęłńóśźż])",
    r"^\s*(?:niet nu|nee,? bedankt|later|weigeren|blokkeren|nie teraz|nie,? dziękuję|później|blokuj|odrzuć|не сейчас|нет,? спасибо|позже|блокировать|отклонить)",
    r"(?:^|\s)(?:inschrijven|schrijf me in|aanmelden|abonneren|zapisz się|zapisuję się|subskrybuj|подписаться|подпишитесь|оформить подписку)",
    r"(?:^|\s)(?:inloggen|log in|registreren|registreer|account aanmaken|zaloguj się|zaloguj|zarejestruj się|załóż konto|войти|вход|зарегистрироваться|регистрация|создать аккаунт)",
    r"(?:^|\s)(?:doneer|doneren|steun ons|word lid|wesprzyj|wspieram|przekaż darowiznę|wpłać|поддержать|поддержите|пожертвовать|помочь проекту)",
    r"(?:^|\s)(?:akkoord|accepteren|alles accepteren|alles weigeren|akceptuję|zgadzam się|akceptuj wszystkie|odrzuć wszystkie|принять|принимаю|согласен|принять все|отклонить все)",
    r"(?:^|\s)(?:reageer|reageren|reactie plaatsen|skomentuj|komentuj|dodaj komentarz|odpowiedz|комментировать|ответить|отправить комментарий)",
    r"^\s*(?:sluiten|zamknij|закрыть)\s*$",
];

/// Japanese button texts, in the same order as `LANG_WORDINGS`. Japanese puts no space between words, so a
/// pattern is a whole label or the head of one: "登録" alone subscribes, "会員登録" registers.
const JA_WORDINGS: [&str; 8] = [
    r"^\s*(?:許可|許可する|通知を(?:受け取る|許可する|オンにする)|受け取る|オンにする|有効にする|はい)\s*$",
    r"^\s*(?:後で|あとで|今はしない|許可しない|受け取らない|ブロック|いいえ|結構です|キャンセル)\s*$",
    r"^\s*(?:登録する|購読する|登録|購読|申し込む|無料で登録|メルマガ(?:に)?登録(?:する)?)\s*$",
    r"^\s*(?:ログイン|会員登録|無料会員登録|新規(?:会員)?登録|サインイン|アカウント(?:を)?作成)",
    r"^\s*(?:寄付する|支援する|寄付|ご支援|サポートする|応援する|寄付はこちら)",
    r"^\s*(?:同意する|同意して閉じる|同意|すべて(?:許可|同意|拒否)|拒否する|承諾)",
    r"^\s*(?:コメントする|コメントを(?:書く|投稿|送信)|返信する|投稿する)",
    r"^\s*(?:閉じる|×)\s*$",
];

/// Finnish button texts, in the same order as `LANG_WORDINGS`. A label that ends in "ä" or "ö" ("kyllä",
/// "hylkää") never gets an ASCII `\b` after it, so every label's end is spelt out; a bare "Tue" is left out,
/// as it is also a calendar's Tuesday.
const FI_WORDINGS: [&str; 8] = [
    r"^\s*(?:salli|sallin|kyllä|ota käyttöön|ilmoita minulle)(?:$|\W)",
    r"^\s*(?:ei nyt|ei,? kiitos|myöhemmin|ehkä myöhemmin|estä|älä salli)(?:$|\W)",
    r"(?:^|\s)(?:tilaa|tilaan|liity|liity mukaan)(?:$|\W)",
    r"(?:^|\s)(?:kirjaudu|kirjaudu sisään|rekisteröidy|luo tili|luo käyttäjätili|jatka googlella|jatka facebookilla)(?:$|\W)",
    r"(?:^|\s)(?:lahjoita|lahjoitan|tue meitä|tee lahjoitus|ryhdy tukijaksi|ryhdy lahjoittajaksi)(?:$|\W)",
    r"(?:^|\s)(?:hyväksy|hyväksy kaikki|hyväksyn|hylkää|hylkää kaikki|salli kaikki|vain välttämättömät)(?:$|\W)",
    r"(?:^|\s)(?:kommentoi|vastaa|jätä kommentti|kirjoita kommentti|lähetä kommentti)(?:$|\W)",
    r"^\s*sulje\s*$",
];

/// The wordings are one pattern set, built when the first candidate is scored: a page with nothing to
/// classify (most frames) never pays for it, and one set builds faster than eight patterns.
#[derive(Default)]
pub struct Structure {
    wordings: OnceLock<PatternSet>,
    amounts: OnceLock<Pattern>,
    comment_words: OnceLock<Pattern>,
    ad_blocker: OnceLock<(Pattern, Pattern)>,
}

/// What the element's form controls make it, whatever it says: the signatures a widget keeps in every
/// language (a sign-in form has a password field, a comment form a text area, a donation form a row of
/// amounts).
#[derive(Clone, Copy, Default, Debug, PartialEq)]
pub struct Forms {
    /// A password field and a sign-in button.
    pub sign_in: bool,
    /// An email field with a subscribe button, and no password field or text area: nothing but a sign-up.
    pub email_signup: bool,
    /// A text area (or rich-text box) in a box that speaks of comments or with a button that names them, or
    /// in a box that follows the article with a button to post.
    pub comment: bool,
    /// Amounts of money to choose from: two level buttons, or radio buttons beside three amounts.
    pub amounts: bool,
}

impl Forms {
    /// Whether this signature alone lets category `c` be scored (without wording or a name).
    pub fn enters(&self, c: Category) -> bool {
        match c {
            Category::Login => self.sign_in,
            Category::Newsletter => self.email_signup,
            Category::Comments => self.comment,
            Category::Donation => self.amounts,
            _ => false,
        }
    }
}

impl Structure {
    pub fn new() -> Structure {
        Structure::default()
    }

    fn any_button(&self, e: &ElementFacts, w: Wording) -> bool {
        e.buttons.iter().any(|b| self.worded(&b.to_lowercase(), w))
    }

    fn button_count(&self, e: &ElementFacts, w: Wording) -> usize {
        e.buttons.iter().filter(|b| self.worded(&b.to_lowercase(), w)).count()
    }

    /// Whether a lowercased button label says `w`.
    fn worded(&self, label: &str, w: Wording) -> bool {
        let set = self.wordings.get_or_init(|| {
            let ps: Vec<String> = WORDINGS
                .iter()
                .chain(&LANG_WORDINGS)
                .chain(&MORE_WORDINGS)
                .chain(&JA_WORDINGS)
                .chain(&FI_WORDINGS)
                .map(|p| p.replace(r"\b", r"(?-u:\b)"))
                .collect();
            PatternSet::new(&ps).expect("structure patterns")
        });
        // Pattern `i` of the set is wording `i` of the first list; the other lists repeat the first one's
        // order without the amounts (an amount reads the same in every language).
        // (`LANG_WORDINGS`, `MORE_WORDINGS`, `JA_WORDINGS` and `FI_WORDINGS` have the same length by their type.)
        set.matches(label).iter().any(|&p| {
            let i = if p < WORDINGS.len() { p } else { (p - WORDINGS.len()) % LANG_WORDINGS.len() };
            i == w as usize
        })
    }

    /// The categories whose widgets a button with this label belongs to, as the button wordings read it
    /// ("Not now": a push prompt's or a newsletter pop-up's; "Accept all": a consent banner's). What the
    /// wording evaluation (`sift eval-wording`) credits a short label with; the classifier reads buttons
    /// per category in [`Structure::controls`].
    pub fn label_categories(&self, label: &str) -> CategorySet {
        use Category::*;
        let lower = super::matchers::for_matching(label);
        let kinds: [(Wording, &[Category]); 8] = [
            (Wording::Allow, &[Notification]),
            (Wording::Decline, &[Notification, Newsletter]),
            (Wording::Subscribe, &[Newsletter, Paywall]),
            (Wording::SignIn, &[Login]),
            (Wording::Give, &[Donation]),
            (Wording::Consent, &[Cookie]),
            (Wording::Comment, &[Comments]),
            (Wording::Amount, &[Donation]),
        ];
        let mut set = CategorySet::default();
        for (w, cats) in kinds {
            if self.worded(&lower, w) {
                for &c in cats {
                    set.insert(c);
                }
            }
        }
        set
    }

    /// How many sign-in or register buttons `outer` adds to `inner` (a sign-in panel's other ways in; the
    /// header's "Iniciar sesión" beside a strip that asks for gifts).
    pub fn sign_ins_added(&self, inner: &ElementFacts, outer: &ElementFacts) -> usize {
        self.button_count(outer, Wording::SignIn).saturating_sub(self.button_count(inner, Wording::SignIn))
    }

    /// Whether `outer` is the panel of the sign-in form `inner`: it holds the site's other ways in (a register
    /// form, a password reset, a second password field) or adds only buttons that sign in or register (with
    /// another account), so the reader is not left with the panel's register half and social buttons.
    pub fn account_panel(&self, inner: &ElementFacts, outer: &ElementFacts) -> bool {
        let passwords = |e: &ElementFacts| e.inputs.iter().filter(|i| *i == "password").count();
        if passwords(inner) == 0 || outer.in_article || outer.buttons.len() <= inner.buttons.len() {
            return false;
        }
        let added = outer.buttons.len() - inner.buttons.len();
        passwords(outer) > passwords(inner) || self.sign_ins_added(inner, outer) >= added
    }

    /// The form signatures of `e` (see [`Forms`]).
    /// A box that asks the reader to switch an ad blocker off, and names no way to pay: the guide's "ad-blocker
    /// pleas that only ask to whitelist", which no category covers (its "support our journalism" is not a
    /// donation ask).
    pub fn ad_blocker_plea(&self, text: &str) -> bool {
        let (plea, pay) = self.ad_blocker.get_or_init(|| {
            let compile = |p: &str| Pattern::new(&p.replace(r"\b", r"(?-u:\b)")).expect("ad-blocker pattern");
            (compile(AD_BLOCKER), compile(PAYMENT))
        });
        let lower = text.to_lowercase();
        plea.is_match(&lower) && !pay.is_match(&lower)
    }

    pub fn forms(&self, e: &ElementFacts) -> Forms {
        let has = |t: &str| e.inputs.iter().any(|i| i == t);
        let text_box = has("textarea") || has("textbox");
        let lower = || e.text.to_lowercase();
        let amounts_in_text = || {
            let p = self.amounts.get_or_init(|| Pattern::new(AMOUNT).expect("amount pattern"));
            p.find_iter(&lower()).len()
        };
        let about_comments = |text: &str| {
            let p = self
                .comment_words
                .get_or_init(|| Pattern::new(&COMMENT_WORDS.replace(r"\b", r"(?-u:\b)")).expect("comment words"));
            p.is_match(&text.to_lowercase())
        };
        Forms {
            sign_in: has("password") && self.any_button(e, Wording::SignIn),
            email_signup: has("email") && !has("password") && !text_box && self.any_button(e, Wording::Subscribe),
            // After the article a text box is a comment form when its button says so ("Post Comment", "Publier"):
            // the site's other text boxes live in dialogs placed at the end of the page too (a republishing
            // popup's embed code, a "feedback to the editors" form, a reputation dialog).
            // A button that names comments ("Post Comment", "Kommentar abschicken") says so anywhere, in the
            // article's container too, where themes put the form.
            comment: text_box
                && !share_by_email(e)
                && (about_comments(&e.text)
                    || e.buttons.iter().any(|b| about_comments(b))
                    || (e.after_article && self.any_button(e, Wording::Comment))),
            amounts: self.button_count(e, Wording::Amount) >= 2
                || (e.inputs.iter().filter(|i| *i == "radio").count() >= 2 && amounts_in_text() >= 3),
        }
    }

    /// Signals from the element's controls for one category; `cues` are the (lowercased) words of the
    /// category's wording rules that fired on the element, `forms` its signatures ([`Structure::forms`]).
    pub fn controls(&self, e: &ElementFacts, c: Category, cues: &[&str], forms: &Forms, out: &mut Vec<Signal>) {
        let has_input = |t: &str| e.inputs.iter().any(|i| i == t);
        match c {
            Category::Notification => {
                if self.any_button(e, Wording::Allow) && self.any_button(e, Wording::Decline) {
                    out.push(Signal { weight: 0.35, reason: "an Allow / Not now button pair" });
                }
            }
            Category::Newsletter => {
                if share_by_email(e) {
                    // Its email fields ask for nothing.
                } else if has_input("email") && self.any_button(e, Wording::Subscribe) {
                    out.push(Signal { weight: 0.35, reason: "an email field with a subscribe button" });
                } else if has_input("email") {
                    let lower = e.text.to_lowercase();
                    if lower.contains("newsletter") || e.buttons.len() == 1 {
                        // An email field and one button, or the word itself by it: no other form is that.
                        out.push(Signal { weight: 0.3, reason: "an email field with one button" });
                    } else if e.text_len <= 40 && self.worded(&lower, Wording::Subscribe) {
                        // A widget titled "Subscribe" over an email field whose button is an icon.
                        out.push(Signal { weight: 0.3, reason: "an email field under a subscribe title" });
                    } else {
                        out.push(Signal { weight: 0.15, reason: "an email field" });
                    }
                }
                if forms.email_signup && e.text_len < 400 {
                    out.push(Signal { weight: 0.3, reason: "a sign-up form and little else" });
                } else if forms.email_signup && e.text_len <= NAMED_SIGNUP_LEN && names_a_newsletter(&e.text) {
                    // A longer sign-up box is the form with its pitch and consent fine print; the word the site
                    // files it under says what the address is for.
                    out.push(Signal { weight: 0.2, reason: "a sign-up form that names its newsletter" });
                }
            }
            Category::Login => {
                if has_input("password") {
                    out.push(Signal { weight: 0.25, reason: "a password field" });
                }
                if self.any_button(e, Wording::SignIn) {
                    out.push(Signal { weight: 0.15, reason: "sign-in or register buttons" });
                }
                if forms.sign_in {
                    out.push(Signal { weight: 0.15, reason: "a sign-in form" });
                }
            }
            Category::Donation => {
                if self.any_button(e, Wording::Give) {
                    out.push(Signal { weight: 0.2, reason: "a donate or support button" });
                }
                if forms.amounts {
                    out.push(Signal { weight: 0.35, reason: "amounts to choose from" });
                }
            }
            Category::Cookie => {
                if self.any_button(e, Wording::Consent) {
                    out.push(Signal { weight: 0.3, reason: "accept / reject buttons" });
                }
            }
            Category::Paywall => {
                if self.any_button(e, Wording::Subscribe) {
                    out.push(Signal { weight: 0.15, reason: "a subscribe button" });
                }
            }
            Category::Comments => {
                // A text area in a box that speaks of comments (or follows the article) is a comment form; any
                // other one outside the article body is at least a box to write in (in the article it is the
                // article's own, a quiz or a form).
                if forms.comment {
                    out.push(Signal { weight: 0.5, reason: "a comment form" });
                } else if has_input("textarea") && !e.in_article {
                    out.push(Signal { weight: 0.2, reason: "a box to write in" });
                }
                // A comment link whose label is the cue itself ("Leave a comment" under a blog post) is the
                // same evidence again, not a second sign: counted twice it lifted whole posts over the threshold.
                let other = e.buttons.iter().any(|b| {
                    let label = b.to_lowercase();
                    self.worded(&label, Wording::Comment) && !cues.iter().any(|c| !c.is_empty() && label.contains(c))
                });
                if other {
                    out.push(Signal { weight: 0.1, reason: "a comment button" });
                }
                if e.after_article {
                    out.push(Signal { weight: 0.1, reason: "right after the article" });
                }
            }
            Category::Claims => {}
        }
        if self.any_button(e, Wording::Close) {
            out.push(Signal { weight: 0.05, reason: "a close button" });
        }
    }
}

/// The longest sign-up box whose newsletter word counts: the form, its pitch and its consent text.
const NAMED_SIGNUP_LEN: u32 = 1000;

/// The word for a newsletter in the catalog's languages (Italian and German borrow the English one).
const NEWSLETTER_WORDS: &[&str] = &[
    "newsletter",
    "infolettre",
    "lettre d'info",
    "boletín",
    "boletim",
    "nieuwsbrief",
    "uutiskirje",
    "рассылк",
    "メルマガ",
];

fn names_a_newsletter(text: &str) -> bool {
    let lower = text.to_lowercase();
    NEWSLETTER_WORDS.iter().any(|w| lower.contains(w))
}

/// Two email fields and a text area: "send this story to a friend" (the sender's address, the recipient's, a
/// message), neither a comment form nor a sign-up.
fn share_by_email(e: &ElementFacts) -> bool {
    let text_box = e.inputs.iter().any(|i| i == "textarea" || i == "textbox");
    text_box && e.inputs.iter().filter(|i| *i == "email").count() >= 2
}

/// The page marks the element a dialog: `aria-modal`, a dialog role or a `<dialog>`.
pub fn marked_dialog(e: &ElementFacts) -> bool {
    let role = e.role.to_ascii_lowercase();
    e.aria_modal || role == "dialog" || role == "alertdialog" || e.tag.eq_ignore_ascii_case("dialog")
}

/// Signals from the element's box: floating over the page, modal, covering the reader's view.
pub fn layout(e: &ElementFacts, out: &mut Vec<Signal>) {
    let floating = matches!(e.position.as_str(), "fixed" | "sticky");
    if floating {
        out.push(Signal { weight: 0.15, reason: "fixed over the page" });
        if e.viewport_cover > 0.3 {
            out.push(Signal { weight: 0.1, reason: "covers much of the screen" });
        }
    }
    if marked_dialog(e) {
        out.push(Signal { weight: 0.15, reason: "a dialog" });
    }
    if e.z_index >= 100 && (floating || e.position == "absolute") {
        out.push(Signal { weight: 0.05, reason: "stacked above the page" });
    }
}

/// Penalties from the element's place in the page: big, text-heavy or menu-like boxes are not banners.
pub fn context(e: &ElementFacts, out: &mut Vec<Signal>) {
    if !e.in_article {
        out.push(Signal { weight: 0.05, reason: "outside the article" });
    } else if e.text_len > 600 {
        out.push(Signal { weight: -0.3, reason: "prose inside the article" });
    }
    if e.text_len > 700 {
        let extra = (e.text_len - 700) as f32 / 400.0;
        out.push(Signal { weight: -(0.05 * extra.ceil()).min(0.6), reason: "a lot of text for a banner" });
    }
    // A frame's document is the widget it draws: its share of that document says nothing. On a short page a
    // reader-revenue epic alone can hold a fifth of the text: a fair share costs less than a large one.
    if e.page_text_share > 0.3 && !e.embedded {
        out.push(Signal { weight: -0.3, reason: "holds a large share of the page's text" });
    } else if e.page_text_share > 0.15 && !e.embedded {
        out.push(Signal { weight: -0.15, reason: "holds a fair share of the page's text" });
    }
    // The page's own header, navigation or footer with many links is the site's chrome, even where tickers or
    // teasers dilute its share of link text: a banner inside it is a smaller box of its own, and hiding the
    // whole element took a site's navigation with it (a header holding a "register for free" link).
    let chrome = ["header", "nav", "footer"].iter().any(|t| e.tag.eq_ignore_ascii_case(t));
    if chrome && e.links >= 10 {
        out.push(Signal { weight: -0.3, reason: "the site's header, navigation or footer" });
    }
    if e.links >= 5 && e.text_len > 0 && e.link_text_len as f32 / e.text_len as f32 > 0.7 {
        out.push(Signal { weight: -0.25, reason: "a menu of links" });
    } else if e.links >= 10 {
        // A banner has a link or two; a box with a dozen is a part of the site (a header's right side with its
        // account menu, a column of teasers), even when its links hold less than most of its text.
        out.push(Signal { weight: if e.links >= 25 { -0.3 } else { -0.15 }, reason: "many links" });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reasons(buttons: &[&str], c: Category) -> Vec<&'static str> {
        let e = ElementFacts { buttons: buttons.iter().map(|b| b.to_string()).collect(), ..Default::default() };
        let mut out = Vec::new();
        let s = Structure::new();
        s.controls(&e, c, &[], &s.forms(&e), &mut out);
        out.into_iter().map(|s| s.reason).collect()
    }

    #[test]
    fn allow_and_not_now_pairs_in_four_languages_whatever_the_case() {
        for pair in
            [["Allow", "Not now"], ["SÍ", "Ahora no"], ["Oui", "Non merci"], ["Erlauben", "SPÄTER"], ["sí!", "no"]]
        {
            assert!(reasons(&pair, Category::Notification).contains(&"an Allow / Not now button pair"), "{pair:?}");
        }
        assert!(reasons(&["Síntesis", "No"], Category::Notification).is_empty());
    }

    #[test]
    fn a_button_label_is_read_as_the_widgets_it_belongs_to() {
        let s = Structure::new();
        let read = |label: &str| s.label_categories(label).iter().collect::<Vec<_>>();
        use Category::*;
        for (label, c) in [
            ("Notify me", Notification),
            ("M'alerter", Notification),
            ("Avvisami", Notification),
            ("Quero apoiar", Donation),
            ("Kaffeekasse", Donation),
            ("Don mensuel", Donation),
            ("€10", Donation),
            ("Quero receber", Newsletter),
            ("Accept all", Cookie),
            ("Se connecter", Login),
        ] {
            assert!(read(label).contains(&c), "{label}: {:?}", read(label));
        }
        assert_eq!(read("Not now"), [Notification, Newsletter], "a decline closes a push prompt or a pop-up");
        assert!(read("Read more").is_empty());
        assert!(read("Notifications").is_empty(), "a menu entry's name is not an opt-in");
    }

    #[test]
    fn yes_no_pairs_of_push_vendors_in_german_and_spanish() {
        for pair in [
            ["Ja, gerne", "Nein, danke"],
            ["Sí, quiero", "No, gracias"],
            ["Activer", "Plus tard"],
            ["Allow", "Cancel"],
            ["Claro, probemos", "Mmmm, no me interesa"],
        ] {
            assert!(reasons(&pair, Category::Notification).contains(&"an Allow / Not now button pair"), "{pair:?}");
        }
        assert!(reasons(&["Janvier", "Nouveau"], Category::Notification).is_empty());
    }

    fn forms(inputs: &[&str], buttons: &[&str], text: &str, after_article: bool) -> Forms {
        let e = ElementFacts {
            inputs: inputs.iter().map(|i| i.to_string()).collect(),
            buttons: buttons.iter().map(|b| b.to_string()).collect(),
            text: text.into(),
            after_article,
            ..Default::default()
        };
        Structure::new().forms(&e)
    }

    #[test]
    fn form_signatures_and_their_look_alikes() {
        assert!(forms(&["text", "password"], &["Log In"], "", false).sign_in);
        assert!(forms(&["email", "password"], &["Je me connecte"], "", false).sign_in, "French, in the first person");
        assert!(
            !forms(&["text", "password"], &["Show"], "", false).sign_in,
            "a password field without a sign-in button"
        );
        assert!(forms(&["email"], &["Suscribirme"], "", false).email_signup);
        assert!(!forms(&["email", "password"], &["Sign up"], "", false).email_signup, "a registration form");
        assert!(!forms(&["email", "textarea"], &["Submit"], "", false).email_signup, "a comment or contact form");
        let share = forms(&["email", "email", "textarea"], &["Envoyer"], "Commentaires", true);
        assert!(!share.comment && !share.email_signup, "a send-to-a-friend form");
        assert!(forms(&["textarea"], &["Publier"], "Commenter anonymement", false).comment);
        // Portuguese and Italian: an accented stem, an ending the English word lacks
        for heading in ["Deixe seu comentário", "Participe da discussão", "Partecipa alla discussione"] {
            assert!(forms(&["textarea"], &["Enviar"], heading, false).comment, "{heading}");
        }
        assert!(forms(&["textbox"], &["Absenden"], "", true).comment, "a rich-text box after the article");
        assert!(!forms(&["textarea"], &["Send"], "Write to the editors", false).comment);
        assert!(!forms(&["textarea"], &["Copy", "Close"], "Republish this story", true).comment, "an embed code box");
        assert!(forms(&["textarea", "text", "email"], &["Post"], "Leave a Reply", true).comment);
        assert!(forms(&[], &["$10", "$25", "€ 50", "Other"], "", false).amounts);
        assert!(forms(&["radio", "radio", "radio"], &["Continue"], "Single Monthly $5 $10 $20 Other", false).amounts);
        assert!(
            !forms(&["radio", "radio"], &["Vote"], "The $61 million plan, $3.40 a month", false).amounts,
            "two sums"
        );
        assert!(!forms(&[], &["$10"], "", false).amounts, "one price is an offer, not a choice");
    }

    #[test]
    fn italian_and_portuguese_buttons_count_like_the_others() {
        for pair in [["Consenti", "Non ora"], ["Ativar", "Agora não"], ["Sì", "No, grazie"], ["Permitir", "Mais tarde"]]
        {
            assert!(reasons(&pair, Category::Notification).contains(&"an Allow / Not now button pair"), "{pair:?}");
        }
        assert!(reasons(&["Accetta tutti", "Rifiuta"], Category::Cookie).contains(&"accept / reject buttons"));
        assert!(reasons(&["J’accepte"], Category::Cookie).contains(&"accept / reject buttons"));
        assert!(reasons(&["Sostieni"], Category::Donation).contains(&"a donate or support button"));
        assert!(reasons(&["Apoie"], Category::Donation).contains(&"a donate or support button"));
        assert!(reasons(&["Accedi"], Category::Login).contains(&"sign-in or register buttons"));
        assert!(reasons(&["Chiudi"], Category::Cookie).contains(&"a close button"));
        assert!(reasons(&["Leggi anche", "Altre notizie"], Category::Notification).is_empty());
    }

    #[test]
    fn japanese_buttons_count_like_the_others() {
        assert!(reasons(&["後で", "許可"], Category::Notification).contains(&"an Allow / Not now button pair"));
        assert!(reasons(&["同意して閉じる", "拒否する"], Category::Cookie).contains(&"accept / reject buttons"));
        assert!(reasons(&["支援する"], Category::Donation).contains(&"a donate or support button"));
        assert!(reasons(&["無料会員登録", "ログイン"], Category::Login).contains(&"sign-in or register buttons"));
        assert!(reasons(&["閉じる"], Category::Cookie).contains(&"a close button"));
        // A label that only begins like a button is the site's menu: "許可申請の手続き", "登録商標について".
        assert!(reasons(&["許可申請の手続き", "登録商標について"], Category::Notification).is_empty());
        assert!(reasons(&["登録商標について"], Category::Newsletter).is_empty());
    }

    #[test]
    fn finnish_buttons_count_like_the_others() {
        for pair in [["Salli", "Ei nyt"], ["Kyllä", "Ei kiitos"], ["Ota käyttöön", "Myöhemmin"]] {
            assert!(reasons(&pair, Category::Notification).contains(&"an Allow / Not now button pair"), "{pair:?}");
        }
        assert!(reasons(&["Hyväksy kaikki", "Hylkää"], Category::Cookie).contains(&"accept / reject buttons"));
        assert!(reasons(&["Lahjoita"], Category::Donation).contains(&"a donate or support button"));
        assert!(reasons(&["Kirjaudu sisään"], Category::Login).contains(&"sign-in or register buttons"));
        assert!(reasons(&["Sulje"], Category::Cookie).contains(&"a close button"));
        assert!(forms(&["email"], &["Tilaa"], "", false).email_signup);
        assert!(forms(&["textarea"], &["Lähetä"], "Jätä kommentti", false).comment);
        // A calendar's "Tue", a "Tilaajan edut" menu entry and "Vastaanotto" are no buttons of a widget.
        assert!(reasons(&["Tue"], Category::Donation).is_empty());
        assert!(reasons(&["Tilaajan edut"], Category::Paywall).is_empty());
        assert!(reasons(&["Vastaanotto"], Category::Comments).is_empty());
    }

    #[test]
    fn a_comment_link_that_is_the_cue_is_not_also_a_comment_button() {
        let e = ElementFacts {
            buttons: vec!["Allgemein".into(), "Hinterlasse einen Kommentar".into()],
            ..Default::default()
        };
        let mut out = Vec::new();
        let s = Structure::new();
        s.controls(&e, Category::Comments, &["hinterlasse einen kommentar"], &Forms::default(), &mut out);
        assert!(out.is_empty());
        let form = ElementFacts { buttons: vec!["Kommentar abschicken".into()], ..Default::default() };
        s.controls(&form, Category::Comments, &["schreibe einen kommentar"], &Forms::default(), &mut out);
        assert_eq!(out.iter().map(|s| s.reason).collect::<Vec<_>>(), ["a comment button"]);
    }

    #[test]
    fn the_sites_own_header_full_of_links_is_chrome_not_a_banner() {
        let reasons_of = |tag: &str, links: u32| {
            let e = ElementFacts { tag: tag.into(), links, text_len: 800, in_article: false, ..Default::default() };
            let mut out = Vec::new();
            context(&e, &mut out);
            out.into_iter().map(|s| s.reason).collect::<Vec<_>>()
        };
        assert!(reasons_of("header", 48).contains(&"the site's header, navigation or footer"));
        assert!(reasons_of("FOOTER", 12).contains(&"the site's header, navigation or footer"));
        assert!(!reasons_of("header", 3).contains(&"the site's header, navigation or footer"));
        assert!(!reasons_of("div", 48).contains(&"the site's header, navigation or footer"));
    }

    #[test]
    fn an_ad_blocker_plea_is_no_donation_ask_unless_it_names_a_way_to_pay() {
        let s = Structure::new();
        assert!(s.ad_blocker_plea(
            "We noticed you're using an ad blocker. Advertising revenue helps support our journalism."
        ));
        assert!(s.ad_blocker_plea("Bitte deaktivieren Sie Ihren Werbeblocker, um unsere Arbeit zu unterstützen."));
        assert!(!s.ad_blocker_plea("Using an ad blocker? Support us with a donation instead."));
        assert!(!s.ad_blocker_plea("Using an adblocker? Give us $5 a month."));
        assert!(!s.ad_blocker_plea("Support our journalism: donate now."));
        assert!(!s.ad_blocker_plea(
            "Wir nötigen niemanden, den Adblocker zu deaktivieren. Unterstütze unsere Unabhängigkeit!"
        ));
        assert!(s.ad_blocker_plea("Don't want to see ads? Switch your ad blocker off for this site."));
    }

    #[test]
    fn a_close_button_is_only_a_close_button() {
        assert!(reasons(&["×"], Category::Cookie).contains(&"a close button"));
        assert!(!reasons(&["Close the gap"], Category::Cookie).contains(&"a close button"));
    }
}
