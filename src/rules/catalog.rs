//! The rules themselves. Wording patterns are phrases a reader would recognise as the ask itself, not topic
//! words: an article *about* donations must not look like a donation ask, so single words such as "donate"
//! only count inside an ask ("donate now", "donate to ..."). English first, then German, French and Spanish,
//! the other languages of the corpus. Patterns are written in lower case and matched against the lowercased
//! text (cheaper to build than `(?i)`, on every page); they are matched against short texts.

use super::{Matcher, Rule};
use crate::model::Category::*;

pub static RULES: &[Rule] = &[
    // --- donation -------------------------------------------------------------------------------------
    Rule {
        id: "donation.reader-support",
        category: Donation,
        label: "Reader-support asks",
        description: "\"Your support helps us\", \"funded by readers\", \"make a contribution\", \"donate now\"",
        default_on: true,
        matcher: Matcher::Wording(&[
            r"\byour (?:support|donation|contribution|gift)s? (?:helps?|makes?|keeps?|allows?|enables?|funds?|means?|matters?)\b",
            r"\b(?:support|fund|back|sustain)(?:ing)? (?:our|independent|quality|local|trusted|fearless|free|this) (?:\S+ )?(?:journalism|reporting|newsroom|work|blog|site|journalists|mission)\b",
            r"\b(?:funded|supported|powered|paid for)(?: primarily| entirely| mostly)? (?:by|through) (?:our |its )?(?:readers|donations|members|supporters|people like you)\b",
            r"\b(?:make|give) a (?:one-off |one-time |monthly |recurring |small |tax-deductible )?(?:contribution|donation|gift)\b",
            r"\bdonat(?:e|ing)(?: \S+)? (?:now|today|to (?:the|us|our)|here|monthly|once)\b",
            r"\b(?:can|will) you (?:help|support|chip in|donate|contribute)\b",
            r"\b(?:become|join as) a (?:supporter|patron|sustaining member|donor|friend of)\b",
            r"\bsupport (?:us|the blog)\b.{0,40}\b(?:donat|contribut|patreon|from (?:just )?[$€£]|a month)",
            r"\bsupport (?:us|the blog|our work) (?:with|by|on|via) (?:a |your )?(?:donations?|patreon|contributions?)\b",
            r"\b(?:unterstützen sie (?:uns|unsere|unabhängigen)|jetzt spenden|spenden sie|(?:durch|mit) (?:ihre[rn]? )?spenden? finanziert|wird (?:durch|von) spenden)\b",
            r"\b(?:faire un don|soutenez(?:-nous| notre| le journalisme)|soutenir (?:notre|le) journalisme|financé par (?:ses|nos) lecteurs)\b",
            r"\b(?:haz (?:una|tu) (?:donación|aportación)|dona ahora|apoya (?:nuestro|el) periodismo|financiado por (?:nuestros|sus) lectores)\b",
            r"\b(?:please )?consider (?:supporting (?:us|our|the|this)|donating|a (?:small )?(?:donation|contribution)|making a (?:small |one-off |one-time |monthly )?(?:donation|contribution)|becoming a (?:supporter|patron|donor|sustaining member))\b",
            r"\b(?:buy (?:me|us) a coffee|chip in (?:today|now|what you can|[$€£]))",
            r"\b(?:every|any) (?:contribution|donation|gift),? (?:however|big or small|no matter how)\b",
            r"\b(?:we|this (?:site|blog|website)|our (?:work|journalism|newsroom)) (?:rel(?:y|ies)|depends?) (?:entirely |solely |mostly )?on (?:readers|donations|contributions|your (?:support|donations?|contributions?|generosity))\b",
            r"\b(?:jetzt (?:unterstützen|förder(?:er|mitglied) werden)|spenden sie jetzt|ihre spende (?:hilft|ermöglicht|macht|zählt)|mit (?:einer|ihrer) spende (?:unterstützen|helfen)|unterstützen sie unsere arbeit|werden sie (?:unterstützer(?:in)?|förder(?:er|in|mitglied)|spender(?:in)?)|spendenfinanziert)\b",
            r"\b(?:faites un don|je fais un don|votre don (?:nous )?(?:permet|aide)|soutenez (?:-nous|nous)|devenez (?:donateur|donatrice|membre bienfaiteur)|pour nous soutenir)\b",
            r"\b(?:haz un donativo|dona (?:ya|hoy)|tu (?:donación|aportación) (?:nos )?(?:ayuda|permite|hace)|apóyanos|hazte (?:socio|socia|mecenas)|colabora con nuestro periodismo)\b",
        ]),
    },
    Rule {
        id: "donation.names",
        category: Donation,
        label: "Donation box names",
        description: "Elements the site itself names donate, contribution, reader-revenue, support-us, epic",
        default_on: true,
        matcher: Matcher::Names(
            r"(?:^|[\s_#.-])(?:donat(?:e|ion|ions)|contribut(?:e|ion|ions)|reader-?revenue|support-?us|supporter-?cta|membership-?cta|crm-promotion|patreon|contributions-epic|epic)(?:$|[\s_#.-])",
        ),
    },
    // --- notification ---------------------------------------------------------------------------------
    Rule {
        id: "notification.push-prompt",
        category: Notification,
        label: "Push-notification prompts",
        description: "\"Turn on notifications\", \"Stay up to date with notifications\", \"breaking-news alerts\"",
        default_on: true,
        matcher: Matcher::Wording(&[
            r"\b(?:turn on|enable|allow|activate|get|receive|subscribe to|sign up for) (?:our |browser |desktop |push |web |instant )*(?:notifications|alerts|push notifications)\b",
            r"\bstay (?:up to date|updated|informed|in the know)\b.{0,40}\b(?:notifications|alerts)\b",
            r"\bnotifications? (?:can|may) be (?:managed|turned off|disabled|changed)\b",
            r"\b(?:want|would you like) (?:to )?(?:get|receive|be notified|to be notified)\b",
            r"\bbreaking[- ]news (?:alerts|notifications)\b",
            r"\b(?:benachrichtigungen|push-mitteilungen|push-nachrichten) (?:aktivieren|erlauben|erhalten|einschalten)\b",
            r"\b(?:activer|autoriser|recevoir) (?:les |nos )?notifications\b",
            r"\b(?:activar|permitir|recibir) (?:las |nuestras )?notificaciones\b",
            r"\bwe(?:'d|’d| would) like to (?:send|show) you (?:push |browser )?notifications\b",
            r"\bpush notifications\b.{0,80}\b(?:allow|enable|accept|turn on|subscribe)",
            r"\bget notified (?:when|about|of|first)\b",
            r"\b(?:push-?benachrichtigungen|browser-?benachrichtigungen|benachrichtigungen) (?:zulassen|abonnieren)\b|\bmöchten sie (?:benachrichtigungen|push-?nachrichten|push-?mitteilungen|eilmeldungen)\b",
            r"\b(?:(?:activer|autoriser|accepter) (?:les |nos )?(?:alertes|notifications push)|(?:voulez-vous|souhaitez-vous) recevoir (?:les |nos )?(?:notifications|alertes))\b",
            r"\b(?:(?:activar|permitir|aceptar) (?:las |nuestras )?alertas|(?:quieres|deseas) recibir (?:las |nuestras )?(?:notificaciones|alertas))\b",
        ]),
    },
    Rule {
        id: "notification.names",
        category: Notification,
        label: "Notification prompt names",
        description: "Elements named push-prompt, notification-prompt, onesignal, subscribe-bell",
        default_on: true,
        matcher: Matcher::Names(concat!(
            r"(?:push-?(?:notification|prompt|optin|subscribe)|notification-?(?:prompt|optin|opt-in|banner|request)|onesignal|slidedown|subscribe-?bell|web-?push",
            // The alternatives from here on were mined from the real filter lists (issue 11, item 2):
            // `node tests/eval/mine-lists.mjs` (reads ../shared/filterlists at run time); chosen by words that recur in
            // many distinct names and rules and belong to this category's lists, `_` as well as `-` as separator.
            r"|push[-_]?(?:notifications?|subscription|popup|modal|dialog|overlay|alert|banner|prompt|optin|subscribe|slidedown)|notifications?[-_]?(?:popup|modal|prompt|popover|dialog|permission|ask|optin|overlay)|cleverpush)",
        )),
    },
    // --- login ----------------------------------------------------------------------------------------
    Rule {
        id: "login.wall",
        category: Login,
        label: "Sign-in and registration nags",
        description: "\"Sign in to continue reading\", \"Create a free account\", \"Thank you for registering\"",
        default_on: true,
        matcher: Matcher::Wording(&[
            r"\b(?:sign|log) ?in (?:or (?:register|sign up|create an account) )?to (?:continue|keep reading|read|access|unlock|save|get|join|enjoy|see)\b",
            r"\b(?:register|sign up|create (?:a|your) (?:free )?account|join) (?:for free |now |today )?(?:to|and) (?:continue|keep reading|read|access|unlock|get|enjoy)\b",
            r"\bcreate (?:a|your) free (?:account|profile)\b",
            // (not "sign up for free newsletters": that is a newsletter ask)
            r"\b(?:register|sign up) for (?:a )?free(?:$|[^ a-z]| [^n]| n[^e])",
            r"\bthank you for registering\b",
            r"\b(?:to be|be) (?:automatically )?logged in\b",
            r"\b(?:sign (?:up|in)|log in|continue) with (?:facebook|google|apple|twitter|email)\b",
            r"\balready (?:have an account|registered|a member)\b",
            r"\bbecome an? (?:\S+ )?member\b",
            r"\bsign in to access\b",
            r"\b(?:don't|don’t|do not) have an account\b|\bnot (?:a member|registered) yet\b",
            r"\b(?:noch kein (?:kunden)?konto|haben sie bereits ein konto|jetzt anmelden und weiterlesen|registrieren sie sich (?:kostenlos|jetzt))\b",
            r"\b(?:vous avez déjà un compte|pas encore (?:de compte|inscrit|membre)|inscrivez-vous pour|connectez-vous ou inscrivez-vous)\b",
            r"\b(?:anmelden,? um|melden sie sich an|jetzt (?:kostenlos )?registrieren|kostenlos registrieren|einloggen,? um)\b",
            r"\b(?:connectez-vous pour|identifiez-vous pour|créez (?:un|votre) compte|inscrivez-vous gratuitement|déjà inscrit)\b",
            r"(?:\binicia sesión para|\bregístrate (?:gratis|para)|\bcrea (?:una|tu) cuenta|¿?\bya tienes (?:una )?cuenta|¿?\bno tienes (?:una )?cuenta|\binicia sesión o regístrate)\b",
        ]),
    },
    Rule {
        id: "login.names",
        category: Login,
        label: "Login wall names",
        description: "Elements named regwall, login-wall, registration-prompt, auth-modal",
        default_on: true,
        matcher: Matcher::Names(concat!(
            r"(?:reg-?wall|login-?(?:wall|prompt|modal|gate|overlay)|registration-?(?:wall|prompt|modal|gate)|signin-?(?:wall|prompt|modal|gate)|auth-?(?:wall|modal|gate)|sign-?up-?wall",
            // The alternatives from here on were mined from the real filter lists (issue 11, item 2):
            // `node tests/eval/mine-lists.mjs` (reads ../shared/filterlists at run time); chosen by words that recur in
            // many distinct names and rules and belong to this category's lists, `_` as well as `-` as separator.
            r"|login[-_]?(?:wall|prompt|modal|gate|overlay|popup)|register[-_]?(?:popup|modal|wall)|sign[-_]?up[-_]?wall)",
        )),
    },
    // --- newsletter -----------------------------------------------------------------------------------
    Rule {
        id: "newsletter.signup",
        category: Newsletter,
        label: "Newsletter sign-ups",
        description: "\"Sign up to our newsletter\", \"Get it in your inbox\"",
        default_on: true,
        matcher: Matcher::Wording(&[
            r"\b(?:sign up|subscribe|register|join|signup)(?: now| today| free| for free)? (?:for|to) (?:our|the|my|this) (?:free |daily |weekly |morning |evening )?(?:\S+ ){0,3}(?:newsletters?|e-?mails?|briefing|digest|mailing list)\b",
            r"\b(?:delivered|straight|direct(?:ly)?|sent) (?:to|into) your inbox\b",
            r"\bin your inbox\b",
            r"\b\S+ newsletter\b.{0,80}\b(?:sign up|subscribe|email address)\b",
            r"\b(?:get|join|sign up for|subscribe to) (?:our|the) (?:free |daily |weekly |email |e-mail )*newsletters?\b",
            r"\b(?:enter|type|leave|add) your e-?mail(?: address)?(?: below| here)? (?:to|and) (?:subscribe|sign up|get|receive|follow|join|stay)\b",
            r"\bsubscribe to (?:this|our|my) (?:blog|site|website)\b",
            r"\bnewsletters?\b.{0,60}\b(?:delivered|sent) (?:straight |directly |right )?to you\b",
            r"\b(?:abonnieren sie unseren newsletter|newsletter bestellen)\b",
            r"\b(?:newsletter abonnieren|zum newsletter anmelden|melden sie sich (?:für|zu) unserem newsletter)\b",
            r"\b(?:inscrivez-vous à (?:notre|la) (?:newsletter|lettre)|abonnez-vous à (?:notre|la) (?:newsletter|lettre))\b",
            r"\b(?:suscríbete a (?:nuestro|nuestra|la|el) (?:newsletter|boletín)|recibe (?:nuestro|el) boletín)\b",
        ]),
    },
    Rule {
        id: "newsletter.names",
        category: Newsletter,
        label: "Newsletter box names",
        description: "Elements named newsletter, mailing-list, email-signup",
        default_on: true,
        matcher: Matcher::Names(concat!(
            r"(?:newsletter|mailing-?list|e?mail-?(?:signup|capture|subscribe)|subscribe-?form|mc4wp|mailchimp",
            // The alternatives from here on were mined from the real filter lists (issue 11, item 2):
            // `node tests/eval/mine-lists.mjs` (reads ../shared/filterlists at run time); chosen by words that recur in
            // many distinct names and rules and belong to this category's lists, `_` as well as `-` as separator.
            r"|subscribe[-_]?(?:form|widget|box|popup|block|container|modal|cta|wrapper|section|bar|callout|banner)|e?mail[-_]?(?:signup|capture|subscribe|subscription|popup|cta|optin)",
            // (`nl_signup` is left out: on one corpus page it sits in the navigation menu, which it had hidden.)
            r"|signup[-_]?(?:form|box|modal|popup|widget)|mc[-_]embed|mailpoet|mailmunch|mailerlite|omnisend|sib[-_]form|tnp[-_]subscription)",
        )),
    },
    // --- comments -------------------------------------------------------------------------------------
    Rule {
        id: "comments.prompt",
        category: Comments,
        label: "Comment prompts",
        description: "\"Join the conversation\", \"Log in to comment\", \"Join our commenting forum\"",
        default_on: true,
        matcher: Matcher::Wording(&[
            r"\bjoin (?:the|our) (?:conversation|discussion|debate|commenting)\b",
            r"\bcommenting forum\b",
            r"\b(?:sign up|sign in|log in|login|register)(?: or (?:sign up|login|log in|register|create an? (?:free )?account))? to (?:comment|leave a comment|post a comment|join the discussions?|join the conversation|reply)\b",
            r"\bmust be logged in to (?:post|leave|add) a comment\b",
            r"\b(?:leave|add|post|write) (?:a|your) comment\b",
            r"\bbe the first to comment\b",
            r"\b(?:kommentar schreiben|diskutieren sie mit|jetzt kommentieren)\b",
            r"\b(?:laisser un commentaire|réagissez à cet article|ajouter un commentaire)\b",
            r"\b(?:deja (?:un|tu) comentario|escribe (?:un|tu) comentario)\b",
        ]),
    },
    // --- cookie ---------------------------------------------------------------------------------------
    Rule {
        id: "cookie.consent",
        category: Cookie,
        label: "Cookie banners",
        description: "\"We use cookies\", \"Accept all cookies\"",
        default_on: true,
        matcher: Matcher::Wording(&[
            r"\b(?:we|this (?:site|website)|our (?:site|website|partners)) uses? cookies\b",
            r"\baccept (?:all )?cookies\b",
            r"\b(?:store|use|set|place|read)s? (?:and (?:read|access|use) )?cookies\b",
            r"\bcookies on (?:your|this) (?:device|browser|computer)\b",
            r"\bby (?:continuing to (?:use|browse)|using) (?:this|our) (?:site|website)\b.{0,60}\bcookies\b",
            r"\b(?:manage|cookie) (?:preferences|settings|consent)\b.{0,80}\baccept\b",
            r"\b(?:wir verwenden cookies|diese website (?:verwendet|nutzt) cookies|cookies akzeptieren)\b",
            r"\b(?:nous utilisons des cookies|ce site utilise des cookies|accepter les cookies)\b",
            r"\b(?:utilizamos cookies|este sitio (?:web )?utiliza cookies|aceptar (?:todas las )?cookies)\b",
        ]),
    },
    Rule {
        id: "cookie.names",
        category: Cookie,
        label: "Cookie banner names",
        description: "Elements named cookie-banner, consent, gdpr, onetrust",
        default_on: true,
        matcher: Matcher::Names(concat!(
            r"(?:cookie-?(?:banner|notice|consent|bar|law|popup|message)|consent-?(?:banner|manager|popup)|gdpr|onetrust|cookielaw|cmp-?(?:banner|container)",
            // The alternatives from here on were mined from the real filter lists (issue 11, item 2):
            // `node tests/eval/mine-lists.mjs` (reads ../shared/filterlists at run time); chosen by words that recur in
            // many distinct names and rules and belong to this category's lists, `_` as well as `-` as separator.
            r"|cookies?[-_]?(?:banner|notice|bar|law|popup|message|notification|info|alert|disclaimer|warning|wrapper|container|modal|accept|box|overlay|wall|layer|panel|msg|dialog|window|agreement|compliance)",
            // (`cookie_consent`, yes; `cookies-consent`, no: WordPress names every comment form's consent checkbox
            // `comment-form-cookies-consent`, and a cookie name there moved a comment hide in the eval.)
            r"|cookie_consent",
            r"|consent[-_]?(?:banner|manager|popup|container|bar|wrapper|modal|dialog|overlay|root|box|notice|layer|sdk|wall)|privacy[-_]?(?:banner|popup|bar|consent|overlay|modal|wall)|rgpd|lgpd|ccpa",
            // Consent platforms by their banner's own name only: their bare names also sit on footer links
            // ("renew_cookiebot_consent", "iubenda-embed"), and a cookie name in the footer made the footer a
            // candidate (a bare `cookiebot` hid a page's footer in the native sweep, and matched `cookiebottom`).
            // Complianz's `cmplz` stays bare: its banner's inner parts carry the name, and it cost nothing.
            r"|cybotcookiebotdialog|didomi-(?:host|popup|notice)|usercentrics-root|tarteaucitron(?:root|alertbig)|cmplz",
            r"|cky-consent|iubenda-cs-banner|klaro|orejime|cookiescript_injected|truste-consent|trustarc-banner)",
        )),
    },
    // --- paywall --------------------------------------------------------------------------------------
    Rule {
        id: "paywall.overlay",
        category: Paywall,
        label: "Paywall overlays",
        description: "\"Subscribe to keep reading\", \"You have reached your free article limit\"",
        default_on: true,
        matcher: Matcher::Wording(&[
            r"\bsubscribe (?:now |today )?(?:to|and) (?:continue|keep) reading\b",
            r"\byou(?:'ve| have) (?:reached|used|read) (?:your|all (?:of )?your|the) (?:\S+ )?(?:free )?(?:article|story|stories|articles)?(?: limit)?\b",
            r"\b(?:\d+|one|two|three|four|five) free (?:articles?|stories) (?:left|remaining)\b",
            r"\bthis (?:article|content|story) is (?:only )?(?:for|available to|reserved for) (?:subscribers|members)\b",
            r"\balready a subscriber\b",
            r"\bsubscribe (?:now |today )?(?:for|to get) (?:full|unlimited|digital) access\b",
            r"\b(?:nur für abonnenten|weiterlesen mit \S+|jetzt abonnieren und weiterlesen)\b",
            r"\b(?:réservé aux abonnés|abonnez-vous pour lire)\b",
            r"\b(?:exclusivo para suscriptores|suscríbete para seguir leyendo)\b",
        ]),
    },
    Rule {
        id: "paywall.names",
        category: Paywall,
        label: "Paywall names",
        description: "Elements named paywall, piano, tp-modal, meter",
        default_on: true,
        matcher: Matcher::Names(
            r"(?:paywall|pay-wall|tp-modal|piano-?(?:offer|modal|container)|meter-?(?:banner|wall)|subscription-?wall)",
        ),
    },
    // --- the wording of embedded widgets (issue 11, item 3) ----------------------------------------------
    // One rule per category for what real widgets say (reader-revenue epics and header strips, tip buttons,
    // push opt-ins, one-tap sign-in and registration gates, newsletter pop-ups, comment platforms, consent
    // platforms, paywall offers), in English, German, French and Spanish, kept apart from the rules above so
    // the wording of each language's own rules can grow beside them.
    Rule {
        id: "donation.widget-appeals",
        category: Donation,
        label: "Appeals of reader-revenue widgets",
        description: "\"Paid for by the people who read it\", \"Back us from just $2\", \"A gift of any size\", tip buttons",
        default_on: true,
        matcher: Matcher::Wording(&[
            r"\b(?:funded|paid for|supported|financed|sustained) by (?:the )?(?:people|those|readers) (?:who|that) read (?:it|us|them|this)\b|\breader-(?:funded|supported|powered)\b",
            r"\b(?:support|back|fund)(?:ing)? (?:the \S+|us|our work|our journalism|our reporting|independent journalism) (?:from|with|for) (?:just |as little as |only )?(?:[$€£]\s?\d|\d)",
            r"\b(?:gift|donation|contribution)s? of any (?:size|amount)\b",
            r"\b(?:einen|einem) (?:kleinen )?betrag (?:geben|spenden|beitragen)\b|\bmit einem (?:kleinen )?beitrag\b.{0,40}\b(?:hilfst du|helfen sie|unterstützt du|unterstützen sie)\b",
            r"\b(?:unterstütze|unterstützt) (?:uns|unsere arbeit|unabhängigen journalismus)\b|\b(?:werde|werden sie|jetzt) (?:jetzt )?mitglied(?: werden)?\b|\b(?:machst du|machen sie|ermöglichst du|ermöglichen sie)\b.{0,50}\bjournalismus\b|\bspendier(?:e|t)? (?:uns|mir) einen kaffee\b",
            r"\baidez-nous à (?:rester|continuer|informer|enquêter)\b|\bnos lect(?:eurs|rices)(?: et (?:nos )?lect(?:eurs|rices))? qui (?:rendent|financent|font vivre|permettent)\b|\bchaque (?:geste|don|contribution)\b.{0,15}\bcompte\b|\boffre[sz]?-(?:nous|moi) un caf|\bje soutiens (?:le|la|les|notre)\b",
            r"\b(?:lo |nos |le )?(?:sostienen|financian|pagan|mantienen) (?:sus|nuestros|nuestras) (?:lectores|lectoras|socios|socias|suscriptores)\b|\b(?:hacen|haz|hace) posible (?:este|nuestro|el) (?:periódico|periodismo|medio|diario|proyecto)\b|\btu (?:cuota|aportación|donación|apoyo)(?: mensual)? (?:sostiene|mantiene|financia|hace posible)\b|\binv[íi]ta(?:nos|me) a un caf",
        ]),
    },
    Rule {
        id: "notification.browser-alerts",
        category: Notification,
        label: "Invitations to browser alerts",
        description: "\"Breaking news, sent right to your browser\", \"Directement dans votre navigateur\", \"Te avisaremos al instante\"",
        default_on: true,
        matcher: Matcher::Wording(&[
            r"\b(?:sent|delivered|pushed|straight|right|directly) (?:right |straight |directly )?to your (?:browser|desktop|lock ?screen)\b|\b(?:allow|let) (?:us|the \S+|\S+) (?:to )?send you (?:alerts|notifications)\b",
            r"\b(?:direkt|sofort) (?:aufs|auf ihr|auf dein|in ihren|in deinen) (?:gerät|handy|smartphone|browser)\b",
            r"\b(?:directement|en temps réel) (?:dans|sur) votre (?:navigateur|écran|appareil)\b|\brecevez (?:nos|les) (?:alertes|notifications)\b|\bsoyez (?:prévenu|averti|alerté)e?s?\b.{0,40}\bdès\b",
            r"\b(?:directamente|al instante) en tu (?:navegador|móvil|dispositivo|pantalla)\b|\bte avisaremos (?:al instante|en cuanto|cuando)\b|\b(?:activa|suscríbete a) (?:las|nuestras) (?:alertas|notificaciones)\b|\b(?:quieres|deseas) enterarte (?:antes que nadie|de todo|al instante)\b",
        ]),
    },
    Rule {
        id: "login.account-prompts",
        category: Login,
        label: "Account prompts of sign-in widgets",
        description: "A one-tap \"Continue as Ana\", \"Sign in to … with Google\", \"Kostenlos weiterlesen\", \"Para usuarios registrados\"",
        default_on: true,
        matcher: Matcher::Wording(&[
            // ("Continue as Ana" is a one-tap button's whole label: "continue as before" is prose)
            r"^\s*continue as \S+(?: \S+)?\s*$|\bsign in to \S+ with (?:google|apple|facebook|microsoft)\b|\bfor registered (?:users|readers|members)\b",
            r"\bkostenlos weiterlesen\b|\bsie haben (?:schon|bereits) ein konto\b|\b(?:schon|bereits) registriert\b|\bmit (?:google|apple|facebook) (?:fortfahren|anmelden)\b",
            r"^\s*continuer en tant que \S+(?: \S+)?\s*$|\bse connecter à \S+ avec (?:google|apple|facebook)\b|\bconnectez-vous à votre compte\b|\bpas de compte\b",
            r"\bcontinuar con (?:google|apple|facebook)\b|\bpara usuarios registrados\b|\bya (?:estás|está) registrad[oa]\b",
        ]),
    },
    Rule {
        id: "newsletter.widget-promises",
        category: Newsletter,
        label: "Promises of newsletter pop-ups",
        description: "\"Unsubscribe at any time\", \"Kostenlos per E-Mail\", \"Recevez nos articles par e-mail\", \"En tu correo\"",
        default_on: true,
        matcher: Matcher::Wording(&[
            r"\bunsubscribe (?:at any time|anytime)\b",
            r"\b(?:kostenlos|gratis|jede[nrs]? (?:morgen|freitag|woche|tag|werktag)) (?:\S+ ){0,6}(?:per e-?mail|ins postfach|in ihr postfach)\b|\bjederzeit (?:wieder )?abmelden\b",
            r"\brecev(?:ez|oir)\b.{0,50}\b(?:par e-?mail|par courriel|dans votre boîte)|\b(?:se désinscrire|désabonner) à tout moment\b",
            r"\ben tu (?:correo|bandeja de entrada|email|e-mail)\b",
        ]),
    },
    Rule {
        id: "comments.widget-invitations",
        category: Comments,
        label: "Invitations of comment platforms",
        description: "\"Be part of the conversation\", \"Start the discussion\", \"Schreibe einen Kommentar\", \"Deja una respuesta\"",
        default_on: true,
        matcher: Matcher::Wording(&[
            r"\bbe (?:a )?part of the (?:conversation|discussion|debate)\b|\bstart the (?:discussion|conversation|debate)\b",
            r"\bschreibe(?:n sie)? einen kommentar\b|\bkommentar abschicken\b|\bmitzudiskutieren\b",
            r"\bdeja (?:una|tu) respuesta\b|\bparticipa(?:r)? en el debate\b",
        ]),
    },
    Rule {
        id: "cookie.platform-notices",
        category: Cookie,
        label: "Consent-platform notices",
        description: "\"We and our partners\", \"Store and access information on your device\", \"Wir nutzen Technologien wie Cookies\"",
        default_on: true,
        matcher: Matcher::Wording(&[
            r"\bwe and our (?:\d+ )?(?:advertising |trusted )?(?:partners|vendors)\b|\bcookies and similar technologies\b|\byour privacy (?:matters|is important)\b|\bwe value your privacy\b",
            r"\b(?:store|access|use|process) (?:and(?:/or)? (?:access|store|read) )?(?:information|data)\b.{0,40}\bon (?:your|a|the) device\b",
            r"\bwir (?:nutzen|verwenden|setzen) (?:\S+ ){0,3}cookies\b|\bwir und unsere partner\b|\bdiese (?:webseite|website|seite) (?:setzt|nutzt|verwendet) cookies\b",
            r"\b(?:nous )?(?:déposons|utilisons|dépose|déposent|utilise) des (?:cookies|traceurs)\b|\bavec nos partenaires\b.{0,40}\bcookies\b",
            r"\bnosotros y nuestros (?:socios|partners)\b|\b(?:usamos|utilizamos) cookies (?:propias|de terceros)\b|\bvaloramos tu privacidad\b|\btu privacidad es importante\b",
        ]),
    },
    Rule {
        id: "paywall.offers",
        category: Paywall,
        label: "Subscription offers",
        description: "\"Get unlimited access\", \"For less than $1 a week\", \"Schon Abonnent?\", \"Te quedan 2 artículos gratis\"",
        default_on: true,
        matcher: Matcher::Wording(&[
            r"\bget unlimited access\b|\bunlimited access to (?:every|all|our)\b|\bkeep reading with (?:a|an|our)\b",
            r"\bfor (?:less than|only|just) [$€£]\s?\d+(?:[.,]\d+)? (?:a|per|/) ?(?:week|month)\b",
            r"\bexklusiv für (?:abonnent\w*|mitglieder)\b|\b(?:schon|bereits) abonnent|\bsie haben noch \d+ (?:kostenlose|freie) artikel\b",
            r"\bréservée?s? (?:aux|à nos) abonné|\bdéjà abonné|\bil vous reste \d+ articles? gratuit",
            r"\bte queda(?:n)? \d+ artículos? gratis\b|\bya eres suscriptor\b|\bsigue leyendo por \d|\blee sin límites\b",
        ]),
    },
    // --- claims ---------------------------------------------------------------------------------------
    Rule {
        id: "claims.evidence_absent",
        category: Claims,
        label: "Evidence absent",
        description:
            "The text itself says support is missing: \"without providing evidence\", \"upon information and belief\"",
        default_on: true,
        matcher: Matcher::Claim("evidence_absent"),
    },
    Rule {
        id: "claims.anon_source",
        category: Claims,
        label: "Anonymous sources",
        description: "\"Sources said\", \"people familiar with the matter\"",
        default_on: true,
        matcher: Matcher::Claim("anon_source"),
    },
    Rule {
        id: "claims.vague_source",
        category: Claims,
        label: "Vague sources",
        description: "\"Critics say\", \"it is believed\", \"studies show\" with no study named",
        default_on: true,
        matcher: Matcher::Claim("vague_source"),
    },
    Rule {
        id: "claims.contested_claim",
        category: Claims,
        label: "Contested claims",
        description: "A named speaker \"claimed\", \"alleged\" or \"insisted\"",
        default_on: true,
        matcher: Matcher::Claim("contested_claim"),
    },
    Rule {
        id: "claims.speculation",
        category: Claims,
        label: "Speculation",
        description: "The writer's own unsupported \"may be planning\", \"is likely to\"",
        default_on: true,
        matcher: Matcher::Claim("speculation"),
    },
];
