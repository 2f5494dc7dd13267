//! Finnish wording, one rule per category: the calls to action, headings and button texts of Finnish news
//! sites and blogs ("Tue riippumatonta journalismia", "Salli ilmoitukset", "Tilaa uutiskirjeemme", "Jätä
//! kommentti", "Tämä artikkeli on vain tilaajille", "Tämä sivusto käyttää evästeitä"). The asks are
//! imperatives and second-person forms ("tue", "luo tili", "onko sinulla jo tili?", "eikö sinulla ole
//! tiliä?"); the prose forms of the same verbs are left out on purpose: "tukee", "lahjoitti" and "osallistui
//! keskusteluun" are the third person and the past of reporting, "luoda uusi tili" is how news explains a
//! procedure, "kieltäytyi kommentoimasta" declined to comment, a bare "Kirjaudu sisään" is every site header's
//! link, "Vain tilaajille" is a teaser's badge and "Evästeasetukset" a footer link. A Finnish negation is "ei"
//! with the bare stem, which is the imperative ("ministeri ei osallistu keskusteluun", "yhtiö ei lahjoita",
//! "sovellus ei salli ilmoituksia"): such imperatives count only opening a sentence or a clause, as a button or
//! a heading has them, or with the nominative object only an imperative takes ("luo tili" against the third
//! person's "luo tilin" and the negation's "tiliä", "tilaa uutiskirje" against "tilaa uutiskirjeen"). A `\b`
//! is an ASCII boundary to the matchers and the tests, so it never touches a non-ASCII letter (see
//! `nags::matchers`): "jätä", "tiliä", "evästeitä", "sisältö" and "älä" are matched as prefixes or without a
//! boundary, and a word that ends in "ä" or "ö" ends in `(?:$|\W)`.

use super::{Lang, Matcher, Rule};
use crate::model::Category::*;

pub const RULES: &[Rule] = &[
    Rule {
        id: "donation.reader-support.fi",
        category: Donation,
        label: "Reader-support asks",
        description: "\"Tue riippumatonta journalismia\", \"Lahjoita nyt\", \"Tee lahjoitus\", \"Ryhdy kuukausilahjoittajaksi\"",
        default_on: true,
        lang: Lang::Fi,
        matcher: Matcher::Wording(&[
            // "Tue" is also English's Tuesday ("Tue 14 May"): only a Finnish object makes it the ask.
            r"(?:^|[.!?:;,–—(]\s*)(?:tue|tukekaa) (?:\S+ )?(?:meitä|meidän|työtämme|toimitu|riippumat|itsenäi|laadukas|paikallis|journalismia|lehte|sivusto|blogia|kanava|tekijä)",
            r"(?:^|[.!?:;,–—(]\s*)(?:lahjoita|lahjoittakaa)\b|\blahjoita (?:tästä|haluamasi|valitsemasi)",
            r"\btee (?:\S+ )?(?:kerta|kuukausi)?lahjoitus\b",
            r"\b(?:ryhdy|ryhtykää) (?:\S+ )?(?:kuukausi)?(?:lahjoittaja|tukija|kannattaja|kannatusjäsen|mesenaat)",
            r"\btarvitsemme (?:sinun )?(?:tukeasi|apuasi)|\btukesi (?:on|merkitsee|auttaa|mahdollistaa)\b",
            r"\bjokainen (?:euro|lahjoitus) (?:\S+ )?(?:auttaa|on tärkeä|merkitsee|ratkaisee)|\bpienikin (?:summa|lahjoitus|tuki) auttaa",
            r"(?:^|[.!?:;,–—(]\s*)(?:tarjoa|osta) (?:minulle |meille )?(?:virtuaali)?kahvi",
            r"\blukijoidemme (?:\S+ )?(?:tuella|tuen ansiosta|rahoittam|rahoituksella)",
            r"\bjos (?:arvostat|pidät|luet) .{0,80}(?:\btue\b|\blahjoita|\bharkitse (?:\S+ )?lahjoitu)",
        ]),
    },
    Rule {
        id: "notification.push-prompt.fi",
        category: Notification,
        label: "Push-notification prompts",
        description: "\"Salli ilmoitukset\", \"Ota ilmoitukset käyttöön\", \"Haluatko saada ilmoituksia tärkeimmistä uutisista?\"",
        default_on: true,
        lang: Lang::Fi,
        matcher: Matcher::Wording(&[
            r"(?:^|[.!?:;,–—(]\s*)(?:salli|sallikaa|tilaa|vastaanota|ota käyttöön) (?:\S+ )?(?:ilmoitukset|ilmoituksia|push-ilmoitu|uutishälyty|hälytyk)",
            r"(?:^|[.!?:;,–—(]\s*)(?:ota|ottakaa) (?:\S+ )?(?:ilmoitukset|push-ilmoitukset|uutishälytykset|hälytykset) käyttöön",
            r"\bhaluatko (?:\S+ ){0,3}(?:saada|vastaanottaa|tilata|sallia|ottaa käyttöön) (?:\S+ ){0,3}(?:ilmoitu|hälytyk|push)",
            r"(?:^|\W)älä (?:koskaan )?(?:missaa|jää paitsi)\b.{0,60}(?:ilmoitu|push|hälytyk)",
            r"\b(?:haluaisimme|haluamme) (?:lähettää|näyttää) sinulle (?:\S+ ){0,2}(?:ilmoitu|hälytyk)",
            r"\b(?:saat|vastaanota|tilaa) (?:\S+ ){0,3}(?:uutiset|uutisia|tiedot|hälytykset|ilmoitukset) (?:\S+ ){0,2}(?:selaimeesi|puhelimeesi|laitteellesi|työpöydällesi)",
        ]),
    },
    Rule {
        id: "login.wall.fi",
        category: Login,
        label: "Sign-in and registration nags",
        description: "\"Kirjaudu sisään lukeaksesi\", \"Onko sinulla jo tili?\", \"Eikö sinulla ole tiliä?\", \"Luo ilmainen tili\"",
        default_on: true,
        lang: Lang::Fi,
        matcher: Matcher::Wording(&[
            // Kirjaudu sisään alone is the site's own account link: only a reason to sign in makes it a nag.
            r"\b(?:kirjaudu|kirjautukaa|rekisteröidy|rekisteröitykää)(?: sisään)?(?: ilmaiseksi| maksutta| nyt)?,? (?:lukeaksesi|jatkaaksesi|nähdäksesi|tallentaaksesi|päästäksesi|avataksesi|voidaksesi lukea)",
            r"(?:^|[.!?:;,–—(]\s*)(?:kirjaudu|kirjaudu sisään|jatka|rekisteröidy) (?:google|facebook|apple|microsoft|sähköpostilla|\S+-tunnuksilla)",
            r"\bonko sinulla (?:jo )?(?:tili|käyttäjätili|tunnukset|\S+-tunnukset|\S+-tili)(?:$|\W)|\boletko jo (?:rekisteröitynyt|kirjautunut)",
            r"\beikö sinulla (?:vielä |jo )?ole (?:\S+ )?(?:tiliä|käyttäjätiliä|tunnuksia|\S+-tiliä|\S+-tunnuksia)|(?:^|[.!?]\s*)ei (?:vielä )?(?:tiliä|tunnuksia)\?",
            r"\b(?:luo|luokaa|tee) (?:itsellesi )?(?:ilmainen |maksuton |uusi |oma )?(?:käyttäjä)?tili(?:$|\W)|\brekisteröidy (?:ilmaiseksi|maksutta|nyt|tästä)(?:$|\W)",
            r"(?:^|[\s,(])(?:lukeaksesi|jatkaaksesi) (?:\S+ ){0,3}(?:kirjaudu|rekisteröidy)",
        ]),
    },
    Rule {
        id: "newsletter.signup.fi",
        category: Newsletter,
        label: "Newsletter sign-ups",
        description: "\"Tilaa uutiskirjeemme\", \"Saat parhaat sisällöt suoraan sähköpostiisi\", \"Anna sähköpostiosoitteesi\"",
        default_on: true,
        lang: Lang::Fi,
        matcher: Matcher::Wording(&[
            // The imperative takes the nominative ("tilaa uutiskirje"), the third person the genitive ("tilaa
            // uutiskirjeen").
            r"\b(?:tilaa|tilatkaa) (?:\S+ ){0,2}uutiskirje(?:emme|et|ttämme)?(?:$|\W)|\bliity (?:\S+ ){0,2}(?:uutiskirje|postituslista)",
            r"\b(?:suoraan|joka (?:aamu|viikko|päivä|perjantai)|viikoittain|kerran viikossa) (?:\S+ )?(?:sähköpostiisi|sähköpostilaatikkoosi|postilaatikkoosi)",
            r"\b(?:anna|syötä|kirjoita|jätä) (?:\S+ )?sähköpostiosoitteesi",
        ]),
    },
    Rule {
        id: "comments.prompt.fi",
        category: Comments,
        label: "Comment prompts",
        description: "\"Jätä kommentti\", \"Osallistu keskusteluun\", \"Kirjaudu sisään kommentoidaksesi\", \"Peruuta vastaus\"",
        default_on: true,
        lang: Lang::Fi,
        matcher: Matcher::Wording(&[
            r"\b(?:kirjaudu|rekisteröidy)(?: sisään)?,? (?:kommentoidaksesi|osallistuaksesi keskusteluun|voidaksesi kommentoida)",
            r"(?:^|[.!?:;,–—(]\s*)(?:osallistu|osallistukaa|liity|tule mukaan) (?:\S+ )?keskusteluun",
            r"\b(?:jätä|kirjoita|lisää|lähetä|julkaise) (?:oma |ensimmäinen )?kommentti(?:si)?(?:$|\W)",
            r"\bsähköpostiosoitettasi ei (?:julkaista|näytetä)|\bpakolliset kentät on merkitty\b",
            r"\bperuuta vastaus\b",
            // "Ei vielä kommentteja" opens an empty comment box; in a sentence it is someone declining.
            r"^\s*ei (?:vielä )?(?:yhtään )?kommentteja|\bole ensimmäinen,? (?:joka kommentoi|kommentoija|kommentoimaan)",
            r"\b(?:näytä|lue|katso) (?:kaikki )?(?:\d+ )?kommentit(?:$|\W)|\bkommentit \(\d+\)|(?:^|[.!?:;,–—(]\s*)kommentoi (?:artikkelia|juttua|kirjoitusta|tätä)",
            r"\bkerro (?:\S+ )?(?:mielipiteesi|ajatuksesi|näkemyksesi) (?:kommenteissa|alla|kommenttikentässä)",
        ]),
    },
    Rule {
        id: "cookie.consent.fi",
        category: Cookie,
        label: "Cookie banners",
        description: "\"Tämä sivusto käyttää evästeitä\", \"Käytämme evästeitä\", \"Hyväksy kaikki evästeet\"",
        default_on: true,
        lang: Lang::Fi,
        matcher: Matcher::Wording(&[
            r"\b(?:tämä (?:verkko)?(?:sivusto|palvelu|sivu)|sivustomme|verkkosivustomme|palvelumme|verkkopalvelumme) (?:käyttää|hyödyntää|tallentaa) (?:\S+ ){0,2}eväste",
            r"\b(?:käytämme|hyödynnämme|tallennamme|me ja kumppanimme (?:käytämme|tallennamme)) (?:\S+ ){0,3}eväste",
            // "Selain hylkää evästeet" is the third person: a rejection counts as a button's. A button named in
            // a sentence is followed by its kind ("Hyväksy kaikki" -painike): the label must end there.
            r#"(?:\b(?:hyväksy|salli)|(?:^|[.!?:;,–—(]\s*)hylkää) (?:kaikki |vain välttämättömät |välttämättömät |valinnaiset )?evästeet(?:["”]?$|[.!,:;)]|["”]?\s+[^\s"”-])"#,
            r#"(?:\bhyväksy (?:ja sulje|ja jatka|kaikki)|(?:^|[.!?:;,–—(]\s*)hylkää kaikki)(?:["”]?$|[.!,:;)]|["”]?\s+[^\s"”-])"#,
            r"\b(?:jatkamalla|käyttämällä) (?:\S+ ){0,3}(?:sivusto|sivu|palvelu|selaamista).{0,80}(?:hyväksyt|annat suostumuksesi|suostut)",
            r"\b(?:tallennamme|käytämme|me ja kumppanimme) (?:\S+ ){0,5}(?:tietoja|tietoa) (?:\S+ )?(?:laitteellesi|laitteellasi|laitteeltasi|päätelaitteellesi|päätelaitteellasi)",
        ]),
    },
    Rule {
        id: "paywall.overlay.fi",
        category: Paywall,
        label: "Paywall overlays",
        description: "\"Tämä artikkeli on vain tilaajille\", \"Tilaa lukeaksesi koko jutun\", \"Oletko jo tilaaja?\"",
        default_on: true,
        lang: Lang::Fi,
        matcher: Matcher::Wording(&[
            // A sentence about this article, not the "Vain tilaajille" badge of a teaser.
            r"\b(?:tämä |tämän )?(?:artikkeli|juttu|sisältö|kirjoitus|reportaasi|haastattelu)(?:n loppuosa|n jatko)? on (?:luettavissa |saatavilla |tarjolla |avoinna )?(?:vain|ainoastaan|pelkästään) (?:\S+ )?(?:tilaaj|digitilaaj|kestotilaaj)",
            r"\b(?:(?:tilaa|hanki|osta|valitse|aktivoi) (?:\S+ ){0,2}(?:tilaus|digitilaus|kestotilaus|lukuoikeu|digipaket)\S*|tilaa|tilatkaa),? (?:ja lue|ja jatka|lukeaksesi|jatkaaksesi|niin pääset)\b",
            r"\boletko (?:jo )?(?:tilaaja|digitilaaja|kestotilaaja)\b|\bonko sinulla (?:jo )?(?:tilaus|digitilaus|lukuoikeus)\b",
            r"\b(?:jatka lukemista|lue (?:koko )?(?:juttu|artikkeli)|lue loppuun) (?:\S+ ){0,2}(?:tilaamalla|tilaajana|\S*tilauksella)",
            r"\bolet (?:jo )?lukenut (?:\S+ ){0,3}(?:ilmai|maksut)\S* (?:artikkel|juttu)|\bviimeinen (?:ilmainen|maksuton) (?:artikkelisi|juttusi)",
            r"\bjäljellä (?:\d+|yksi|kaksi|kolme) (?:ilmai|maksut)\S* (?:artikkel|juttu)",
        ]),
    },
];

#[cfg(test)]
mod tests {
    use super::super::testing::check_language;
    use super::Lang;
    use crate::model::Category::*;

    #[test]
    fn finnish_widgets_are_recognised_and_finnish_reporting_is_not() {
        let asks = [
            (Donation, "Tue riippumatonta journalismia"),
            (Donation, "Tue meitä"),
            (Donation, "Lahjoita nyt"),
            (Donation, "Lahjoita haluamasi summa MobilePaylla."),
            (Donation, "Tee lahjoitus"),
            (Donation, "Tee kuukausilahjoitus"),
            (Donation, "Ryhdy kuukausilahjoittajaksi"),
            (Donation, "Tarvitsemme tukeasi"),
            (Donation, "Tukesi on meille tärkeä."),
            (Donation, "Jokainen euro auttaa!"),
            (Donation, "Tarjoa minulle kahvi"),
            (Donation, "Journalismimme on mahdollista lukijoidemme tuella."),
            (Donation, "Jos pidät jutuistamme, harkitse pientä lahjoitusta."),
            (Notification, "Salli ilmoitukset"),
            (Notification, "Ota ilmoitukset käyttöön"),
            (Notification, "Haluatko saada ilmoituksia tärkeimmistä uutisista?"),
            (Notification, "Älä missaa yhtään uutista – tilaa push-ilmoitukset"),
            (Notification, "Haluaisimme lähettää sinulle ilmoituksia uusimmista uutisista."),
            (Notification, "Saat tärkeimmät uutiset suoraan selaimeesi"),
            (Login, "Kirjaudu sisään lukeaksesi"),
            (Login, "Rekisteröidy ilmaiseksi jatkaaksesi lukemista"),
            (Login, "Kirjaudu Google-tilillä"),
            (Login, "Jatka Googlella"),
            (Login, "Onko sinulla jo tili?"),
            (Login, "Eikö sinulla ole tiliä?"),
            (Login, "Ei vielä tiliä? Rekisteröidy tästä"),
            (Login, "Luo ilmainen tili"),
            (Login, "Jatkaaksesi lukemista kirjaudu sisään."),
            (Newsletter, "Tilaa uutiskirjeemme"),
            (Newsletter, "Tilaa ilmainen uutiskirje"),
            (Newsletter, "Liity uutiskirjeen tilaajaksi"),
            (Newsletter, "Saat parhaat sisällöt suoraan sähköpostiisi!"),
            (Newsletter, "Päivän tärkeimmät uutiset joka aamu sähköpostiisi"),
            (Newsletter, "Anna sähköpostiosoitteesi"),
            (Comments, "Kirjaudu sisään kommentoidaksesi"),
            (Comments, "Osallistu keskusteluun"),
            (Comments, "Jätä kommentti"),
            (Comments, "Kirjoita kommentti"),
            (Comments, "Lähetä kommentti"),
            (Comments, "Sähköpostiosoitettasi ei julkaista. Pakolliset kentät on merkitty *"),
            (Comments, "Peruuta vastaus"),
            (Comments, "Ei vielä kommentteja"),
            (Comments, "Ole ensimmäinen kommentoija"),
            (Comments, "Näytä kaikki kommentit"),
            (Comments, "Kommentit (24)"),
            (Comments, "Kerro mielipiteesi kommenteissa"),
            (Cookie, "Tämä sivusto käyttää evästeitä"),
            (Cookie, "Käytämme evästeitä parantaaksemme palveluamme."),
            (Cookie, "Hyväksy kaikki evästeet"),
            (Cookie, "Hylkää valinnaiset evästeet"),
            (Cookie, "Hyväksy ja sulje"),
            (Cookie, "Hyväksy kaikki"),
            (Cookie, "Jatkamalla sivuston käyttöä hyväksyt evästeiden käytön."),
            (Cookie, "Me ja kumppanimme tallennamme tietoja laitteellesi ja käytämme niitä."),
            (Paywall, "Tämä artikkeli on vain tilaajille"),
            (Paywall, "Tilaa lukeaksesi koko jutun"),
            (Paywall, "Hanki digitilaus ja lue rajattomasti"),
            (Paywall, "Oletko jo tilaaja?"),
            (Paywall, "Onko sinulla jo digitilaus? Kirjaudu sisään"),
            (Paywall, "Jatka lukemista tilaamalla"),
            (Paywall, "Olet lukenut kaikki maksuttomat artikkelisi tässä kuussa."),
            (Paywall, "Tämä on viimeinen ilmainen artikkelisi."),
            (Paywall, "Sinulla on jäljellä 2 maksutonta artikkelia"),
        ];
        let prose = [
            "Ministeri osallistui keskusteluun eduskunnassa.",
            "Pääministeri ei osallistu keskusteluun, hänen avustajansa kertoi.",
            "Säätiö tukee riippumatonta journalismia alueella.",
            "Kaupunki ei tue riippumatonta journalismia suoraan, pormestari sanoi.",
            "Hän lahjoitti miljoona euroa sairaalalle.",
            "Yhtiö ei lahjoita rahaa puolueille, toimitusjohtaja sanoi.",
            "Kaupunki ei lahjoita 5 000 euroa seuralle, eikä säätiö lahjoita meille mitään, puheenjohtaja sanoi.",
            "Sovellus lähettää ilmoituksia, kun juna on myöhässä.",
            "Uusi sovellus ei salli ilmoituksia ilman käyttäjän lupaa.",
            "Käyttäjien piti luoda uusi tili tietomurron jälkeen, yhtiö kertoi.",
            "Pankki luo asiakkaalle tilin automaattisesti, eikä palvelu luo tiliä alaikäisille.",
            "Viranomainen määräsi sakon evästeiden käytöstä ilman suostumusta.",
            "Moni käyttäjä ei hyväksy evästeitä, tutkimus osoittaa.",
            "Selain hylkää kolmannen osapuolen evästeet oletuksena.",
            "Lehdellä on nyt yli miljoona digitaalista tilaajaa.",
            "Yhä useampi lukija tilaa uutiskirjeen, kustantaja kertoi.",
            "Kaupungin uutiskirje ilmestyy kerran kuukaudessa.",
            "Hän kieltäytyi kommentoimasta asiaa.",
            "Poliisi kommentoi tapausta ensimmäisenä tiedotustilaisuudessa.",
            "Hän kirjoitti kommentin lehden verkkosivuille.",
            "Kommentit videon alla poistettiin ottelun jälkeen.",
            "Kirjaudu sisään -painike siirtyi sivun yläreunaan, yhtiö kertoi.",
            "Yhtiön mukaan osa artikkeleista on jatkossa vain tilaajien luettavissa.",
            "Kaupungilla on jäljellä kaksi maksutonta pysäköintipaikkaa.",
            "Järjestö keräsi lahjoituksia tulvan uhreille, ja tukea tarvitaan yhä.",
            "Vain tilaajille",
            "Digitilaus 9,90 euroa kuukaudessa",
            "Evästeasetukset",
            // An English dateline: "Tue" is a weekday there.
            "Tue 14 May 2024",
            "Artikkeli vain tilaajille",
            "Hyväksy kaikki -painike on liian houkutteleva, tietosuojavaltuutettu sanoi.",
            "Moni painaa \"Hyväksy kaikki\" -nappia lukematta ehtoja.",
            "Jos haluat tukea tulvan uhreja, lahjoitukset voi ohjata järjestön keräystilille.",
            "Yhtiö ei tee lahjoitusta tänä vuonna, ja kaupunginjohtaja ryhtyi hankkeen tukijaksi.",
            "Hän ei lue kommentteja eikä kirjoita kommenttia itse.",
            "Hän päätti luoda tilin, mutta ei rekisteröidy palveluun nyt.",
            "Laite ei kirjaudu Google-tilille automaattisesti, valmistaja kertoi.",
            "Yhtiö ei jatka Googlen kanssa ensi vuonna.",
        ];
        check_language(Lang::Fi, &asks, &prose);
    }
}
