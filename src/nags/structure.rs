//! Structure and layout signals: what an element's controls and box say about it, independent of the site.
//! Each signal adds to a category's score with a short reason the reader sees in the popup.

use crate::model::{Category, ElementFacts};
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
    r"\b(?:subscribe|sign ?up|sign me up|count me in|join|submit|get (?:it|the newsletter)|abonnieren|anmelden|eintragen|s'inscrire|je m'inscris|je m'abonne|suscribirme|suscribirse|inscribirme|quiero recibirlo)\b",
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
const COMMENT_WORDS: &str = r"\b(?:comment\w*|kommentar\w*|commentaire\w*|comentario\w*|discussion|diskussion|conversation|debate|débat|discusión|mitzudiskutieren|diskutieren sie mit)\b";

/// The wordings are one pattern set, built when the first candidate is scored: a page with nothing to
/// classify (most frames) never pays for it, and one set builds faster than eight patterns.
#[derive(Default)]
pub struct Structure {
    wordings: OnceLock<PatternSet>,
    amounts: OnceLock<Pattern>,
    comment_words: OnceLock<Pattern>,
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
    /// A text area (or rich-text box) in a box that speaks of comments or follows the article.
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

    fn set(&self) -> &PatternSet {
        self.wordings.get_or_init(|| {
            let ps: Vec<String> = WORDINGS.iter().map(|p| p.replace(r"\b", r"(?-u:\b)")).collect();
            PatternSet::new(&ps).expect("structure patterns")
        })
    }

    fn button_count(&self, e: &ElementFacts, w: Wording) -> usize {
        let set = self.set();
        e.buttons.iter().filter(|b| set.matches(&b.to_lowercase()).contains(&(w as usize))).count()
    }

    fn any_button(&self, e: &ElementFacts, w: Wording) -> bool {
        self.button_count(e, w) > 0
    }

    /// The form signatures of `e` (see [`Forms`]).
    pub fn forms(&self, e: &ElementFacts) -> Forms {
        let has = |t: &str| e.inputs.iter().any(|i| i == t);
        let text_box = has("textarea") || has("textbox");
        let lower = || e.text.to_lowercase();
        let amounts_in_text = || {
            let p = self.amounts.get_or_init(|| Pattern::new(AMOUNT).expect("amount pattern"));
            p.find_iter(&lower()).len()
        };
        let comment_words = || {
            let p = self
                .comment_words
                .get_or_init(|| Pattern::new(&COMMENT_WORDS.replace(r"\b", r"(?-u:\b)")).expect("comment words"));
            p.is_match(&lower())
        };
        Forms {
            sign_in: has("password") && self.any_button(e, Wording::SignIn),
            email_signup: has("email") && !has("password") && !text_box && self.any_button(e, Wording::Subscribe),
            comment: text_box && (e.after_article || comment_words()),
            amounts: self.button_count(e, Wording::Amount) >= 2
                || (e.inputs.iter().filter(|i| *i == "radio").count() >= 2 && amounts_in_text() >= 3),
        }
    }

    /// Signals from the element's controls for one category; `forms` are its signatures ([`Structure::forms`]).
    pub fn controls(&self, e: &ElementFacts, c: Category, forms: &Forms, out: &mut Vec<Signal>) {
        let has_input = |t: &str| e.inputs.iter().any(|i| i == t);
        match c {
            Category::Notification => {
                if self.any_button(e, Wording::Allow) && self.any_button(e, Wording::Decline) {
                    out.push(Signal { weight: 0.35, reason: "an Allow / Not now button pair" });
                }
            }
            Category::Newsletter => {
                if has_input("email") && self.any_button(e, Wording::Subscribe) {
                    out.push(Signal { weight: 0.35, reason: "an email field with a subscribe button" });
                } else if has_input("email") {
                    out.push(Signal { weight: 0.15, reason: "an email field" });
                }
                if forms.email_signup && e.text_len < 400 {
                    out.push(Signal { weight: 0.3, reason: "a sign-up form and little else" });
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
                if self.any_button(e, Wording::Comment) {
                    out.push(Signal { weight: 0.1, reason: "a comment button" });
                }
                if e.after_article {
                    out.push(Signal { weight: 0.1, reason: "right after the article" });
                }
                if forms.comment {
                    out.push(Signal { weight: 0.5, reason: "a comment form" });
                }
            }
            Category::Claims => {}
        }
        if self.any_button(e, Wording::Close) {
            out.push(Signal { weight: 0.05, reason: "a close button" });
        }
    }
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
    let role = e.role.to_ascii_lowercase();
    if e.aria_modal || role == "dialog" || role == "alertdialog" || e.tag.eq_ignore_ascii_case("dialog") {
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
        s.controls(&e, c, &s.forms(&e), &mut out);
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
    fn yes_no_pairs_of_push_vendors_in_german_and_spanish() {
        for pair in
            [["Ja, gerne", "Nein, danke"], ["Sí, quiero", "No, gracias"], ["Activer", "Plus tard"], ["Allow", "Cancel"]]
        {
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
        assert!(
            !forms(&["text", "password"], &["Show"], "", false).sign_in,
            "a password field without a sign-in button"
        );
        assert!(forms(&["email"], &["Suscribirme"], "", false).email_signup);
        assert!(!forms(&["email", "password"], &["Sign up"], "", false).email_signup, "a registration form");
        assert!(!forms(&["email", "textarea"], &["Submit"], "", false).email_signup, "a comment or contact form");
        assert!(forms(&["textarea"], &["Publier"], "Commenter anonymement", false).comment);
        assert!(forms(&["textbox"], &["Absenden"], "", true).comment, "a rich-text box after the article");
        assert!(!forms(&["textarea"], &["Send"], "Write to the editors", false).comment);
        assert!(forms(&[], &["$10", "$25", "€ 50", "Other"], "", false).amounts);
        assert!(forms(&["radio", "radio", "radio"], &["Continue"], "Single Monthly $5 $10 $20 Other", false).amounts);
        assert!(
            !forms(&["radio", "radio"], &["Vote"], "The $61 million plan, $3.40 a month", false).amounts,
            "two sums"
        );
        assert!(!forms(&[], &["$10"], "", false).amounts, "one price is an offer, not a choice");
    }

    #[test]
    fn a_close_button_is_only_a_close_button() {
        assert!(reasons(&["×"], Category::Cookie).contains(&"a close button"));
        assert!(!reasons(&["Close the gap"], Category::Cookie).contains(&"a close button"));
    }
}
