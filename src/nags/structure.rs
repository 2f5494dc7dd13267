//! Structure and layout signals: what an element's controls and box say about it, independent of the site.
//! Each signal adds to a category's score with a short reason the reader sees in the popup.

use crate::model::{Category, ElementFacts};
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
}

/// The button wordings, written in lower case and matched against lowercased button text (far cheaper to
/// build than `(?i)`). ASCII word boundaries, the lazy DFA's kind: "sí" ends in a non-ASCII letter, after
/// which an ASCII boundary never holds, so the Allow pattern spells its end out.
const WORDINGS: [&str; 8] = [
    r"^\s*(?:allow|accept|yes|enable|turn on|ok|sure|subscribe|erlauben|zulassen|aktivieren|akzeptieren|autoriser|activer|accepter|oui|permitir|activar|aceptar|sí)(?:$|\W)",
    r"^\s*(?:not now|no,? thanks|no thank you|no|later|maybe later|block|refuse|decline|deny|don'?t allow|dismiss|never|nein|später|ablehnen|blockieren|plus tard|non merci|refuser|bloquer|ahora no|no,? gracias|más tarde|rechazar|bloquear)\b",
    r"\b(?:subscribe|sign ?up|sign me up|count me in|keep me (?:posted|updated)|join|submit|get (?:it|the newsletter)|abonnieren|anmelden|s'inscrire|je m'abonne|suscribirme|suscribirse|inscribirme)\b",
    r"\b(?:sign ?in|log ?in|register|sign ?up|create (?:an |a free )?account|continue with|anmelden|registrieren|se connecter|connexion|s'inscrire|iniciar sesión|regístrate)\b",
    r"\b(?:donate|contribute|support (?:us|now|the)|become a (?:supporter|member|patron)|give|spenden|unterstützen|faire un don|soutenir|donar|apoyar)\b",
    r"\b(?:accept|agree|allow all|reject all|got it|i understand|akzeptieren|zustimmen|accepter|j'accepte|aceptar|rechazar)\b",
    r"\b(?:comment|comments|reply|post|kommentar|commentaire|comentar)\b",
    r"^\s*(?:×|✕|✖|x|close|dismiss|schließen|fermer|cerrar)\s*$",
];

/// The wordings are one pattern set, built when the first candidate is scored: a page with nothing to
/// classify (most frames) never pays for it, and one set builds faster than eight patterns.
#[derive(Default)]
pub struct Structure {
    wordings: OnceLock<PatternSet>,
}

impl Structure {
    pub fn new() -> Structure {
        Structure::default()
    }

    fn any_button(&self, e: &ElementFacts, w: Wording) -> bool {
        let set = self.wordings.get_or_init(|| {
            let ps: Vec<String> = WORDINGS.iter().map(|p| p.replace(r"\b", r"(?-u:\b)")).collect();
            PatternSet::new(&ps).expect("structure patterns")
        });
        e.buttons.iter().any(|b| set.matches(&b.to_lowercase()).contains(&(w as usize)))
    }

    /// Signals from the element's controls for one category.
    pub fn controls(&self, e: &ElementFacts, c: Category, out: &mut Vec<Signal>) {
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
                } else if has_input("email") && (e.text.to_lowercase().contains("newsletter") || e.buttons.len() == 1) {
                    // An email field and one button, or the word itself by it: no other form is that.
                    out.push(Signal { weight: 0.3, reason: "an email field with one button" });
                } else if has_input("email") {
                    out.push(Signal { weight: 0.15, reason: "an email field" });
                }
            }
            Category::Login => {
                if has_input("password") {
                    out.push(Signal { weight: 0.25, reason: "a password field" });
                }
                if self.any_button(e, Wording::SignIn) {
                    out.push(Signal { weight: 0.15, reason: "sign-in or register buttons" });
                }
            }
            Category::Donation => {
                if self.any_button(e, Wording::Give) {
                    out.push(Signal { weight: 0.2, reason: "a donate or support button" });
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
                // (outside the article body: a text area in the article is the article's own, a quiz or a form)
                if has_input("textarea") && !e.in_article {
                    out.push(Signal { weight: 0.2, reason: "a box to write in" });
                }
                if self.any_button(e, Wording::Comment) {
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
    if e.page_text_share > 0.15 {
        out.push(Signal { weight: -0.3, reason: "holds a large share of the page's text" });
    }
    if e.links >= 5 && e.text_len > 0 && e.link_text_len as f32 / e.text_len as f32 > 0.7 {
        out.push(Signal { weight: -0.25, reason: "a menu of links" });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reasons(buttons: &[&str], c: Category) -> Vec<&'static str> {
        let e = ElementFacts { buttons: buttons.iter().map(|b| b.to_string()).collect(), ..Default::default() };
        let mut out = Vec::new();
        Structure::new().controls(&e, c, &mut out);
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
    fn a_close_button_is_only_a_close_button() {
        assert!(reasons(&["×"], Category::Cookie).contains(&"a close button"));
        assert!(!reasons(&["Close the gap"], Category::Cookie).contains(&"a close button"));
    }
}
