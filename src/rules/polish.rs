//! Polish wording, one rule per category: the calls to action, headings and button texts of Polish news
//! sites and blogs ("Wesprzyj niezależne dziennikarstwo", "Włącz powiadomienia", "Zapisz się do newslettera",
//! "Dodaj komentarz", "Artykuł dostępny tylko dla prenumeratorów", "Ta strona używa plików cookie"). The asks
//! are imperatives and second-person forms ("wesprzyj", "załóż konto", "nie masz konta?"); the prose forms of
//! the same verbs are left out on purpose: "wspiera" is the third person ("rząd wspiera projekt"), "założyć
//! konto" and "wpłaty można kierować na konto" are how news explains a procedure or a collection, "dołączył do
//! dyskusji" is a minister in parliament, "potrzebujemy waszej pomocy" a spokesperson's quote, "Chcesz być na
//! bieżąco?" alone opens both newsletter and push prompts, "Tylko dla prenumeratorów" is a teaser's badge and
//! "Ustawienia cookie" a footer link. A `\b` never touches a non-ASCII letter (see `nags::matchers`):
//! "darowiznę", "skrzynkę", "odpowiedź", "żeby" are matched as prefixes or without a boundary.

use super::{Lang, Matcher, Rule};
use crate::model::Category::*;

pub const RULES: &[Rule] = &[
    Rule {
        id: "donation.reader-support.pl",
        category: Donation,
        label: "Reader-support asks",
        description: "\"Wesprzyj nas\", \"Wesprzyj niezależne dziennikarstwo\", \"Przekaż darowiznę\", \"Zostań patronem\"",
        default_on: true,
        lang: Lang::Pl,
        matcher: Matcher::Wording(&[
            r"\b(?:wesprzyj|wesprzyjcie|wspieraj|wspierajcie|wspomóż|wspomóżcie) (?:nas|niezależn|woln|rzeteln|dziennikarstw|media|redakcj|portal|serwis|blog|projekt|fundacj|twórc|autor|finansowo|jednorazowo|regularnie|dowoln|kwot|przelewem|przez|\d)",
            r"\b(?:przekaż|przekażcie|wpłać|wpłaćcie|złóż) (?:\S+ )?(?:darowizn|datek|wpłat|dowoln\S* kwot|dobrowoln\S* kwot|1[,.]5 ?%)",
            r"\b(?:wpłać|wpłaćcie|przelej|przekaż) (?:\S+ )?na (?:nasze |nasz |numer )?(?:konto|rachunek)\b|\bdane do przelewu\b|\bnumer (?:konta|rachunku) do wpłat",
            r"\b(?:twoje|wasze|każde) wsparcie (?:\S+ ){0,2}(?:ma znaczenie|jest (?:dla nas )?(?:ważne|bezcenne|kluczowe|niezbędne|nieocenione)|pozwala|pomaga|umożliwia|się liczy)",
            r"\bkażda (?:złotówka|wpłata|darowizna|cegiełka),? (?:\S+ )?(?:się liczy|ma znaczenie|pomaga|nam pomaga)",
            r"\bpotrzebujemy (?:twojego|twojej) (?:wsparcia|pomocy)",
            r"\b(?:zostań|zostańcie) (?:naszym |naszą |naszymi )?(?:patron|darczyńc|mecenas|wspierając|członkiem wspierającym)",
            r"\b(?:finansowan|utrzymywan|wspieran)\S* (?:\S+ ){0,2}(?:przez|dzięki) (?:naszych |swoich |wpłatom |wpłat )?(?:czytelnik|słuchacz|widz)|\butrzymujemy się (?:\S+ ){0,3}(?:czytelnik|darczyńc|wpłat|darowizn|patron)",
            r"\bpostaw (?:mi |nam )?(?:wirtualn\S* )?kaw",
            r"\b(?:jeśli|jeżeli) (?:cenisz|doceniasz|lubisz|podoba ci się|podobał ci się|chcesz wesprzeć).{0,80}(?:wesprzyj|wspieraj|wpłać|przekaż|postaw|zostań)",
        ]),
    },
    Rule {
        id: "notification.push-prompt.pl",
        category: Notification,
        label: "Push-notification prompts",
        description: "\"Włącz powiadomienia\", \"Czy chcesz otrzymywać powiadomienia o najważniejszych wiadomościach?\", \"Nie przegap żadnej informacji\"",
        default_on: true,
        lang: Lang::Pl,
        matcher: Matcher::Wording(&[
            r"\b(?:włącz|włączcie|aktywuj|zezwól na|zezwalaj na|zapisz się na|odbieraj|otrzymuj) (?:nasze |darmowe |bezpłatne )?(?:powiadomienia|powiadomień|alerty)",
            r"\b(?:chcesz|chciałbyś|chciałabyś) (?:\S+ ){0,3}(?:otrzymywać|dostawać|włączyć|odbierać) (?:\S+ ){0,3}(?:powiadomie|alert)",
            r"\b(?:chcielibyśmy|chcemy) (?:ci |tobie |wam )?(?:wysyłać|przesyłać|pokazywać|wyświetlać) (?:\S+ ){0,2}powiadomie",
            r"\bnie przegap\b.{0,60}(?:powiadomie|push|alert)",
            r"\b(?:otrzymuj|odbieraj|dostawaj) (?:\S+ ){0,3}(?:informacje|wiadomości|newsy|alerty) (?:\S+ ){0,2}(?:w (?:swojej |twojej )?przeglądarce|na (?:swój |twój )?(?:telefon|smartfon|pulpit))",
        ]),
    },
    Rule {
        id: "login.wall.pl",
        category: Login,
        label: "Sign-in and registration nags",
        description: "\"Zaloguj się, aby czytać dalej\", \"Masz już konto?\", \"Zarejestruj się za darmo\", \"Zaloguj się przez Google\"",
        default_on: true,
        lang: Lang::Pl,
        matcher: Matcher::Wording(&[
            r"\b(?:zaloguj się|zarejestruj się|załóż (?:darmowe |bezpłatne )?konto)(?: za darmo| bezpłatnie| teraz)?,? (?:aby|by|żeby|i) (?:czytać|czytaj|kontynuować|przeczytać|zobaczyć|odblokować|zapisać|uzyskać dostęp|mieć dostęp|korzystać)",
            r"\b(?:zaloguj się|zaloguj|zarejestruj się|kontynuuj|załóż konto) (?:przez|z|za pomocą|przy użyciu|kontem)(?: konta)? (?:google|facebook|apple|twitter|e-?mail)",
            r"\bmasz już konto\b|\bjesteś już (?:zarejestrowan|zalogowan|naszym użytkownikiem)",
            r"\bnie masz (?:jeszcze )?konta\b|\bnie jesteś (?:jeszcze )?zarejestrowan",
            r"\b(?:załóż|utwórz) (?:darmowe |bezpłatne |nowe |swoje )?konto\b",
            r"\bzarejestruj się (?:za darmo|bezpłatnie|teraz|już dziś)",
            r"(?:^|[\s,(])(?:aby|by|żeby) (?:czytać dalej|kontynuować|przeczytać (?:cały |ten )?(?:artykuł|tekst)|kontynuować czytanie),? zaloguj",
        ]),
    },
    Rule {
        id: "newsletter.signup.pl",
        category: Newsletter,
        label: "Newsletter sign-ups",
        description: "\"Zapisz się do newslettera\", \"Zamów nasz newsletter\", \"Prosto na Twoją skrzynkę\", \"Podaj swój adres e-mail\"",
        default_on: true,
        lang: Lang::Pl,
        matcher: Matcher::Wording(&[
            r"\b(?:zapisz się|zapiszcie się|zasubskrybuj|subskrybuj|zamów|otrzymuj|dołącz do) (?:za darmo |bezpłatnie |teraz |już dziś )?(?:do |na )?(?:\S+ ){0,2}newslett",
            r"\b(?:na|do) (?:twoją|twojej) (?:\S+ )?(?:skrzynk|poczt|e-?mail|mail|inbox)|\bprosto (?:na|do) (?:skrzynkę|skrzynki (?:mailowej|pocztowej|e-mail)|pocztę|maila|e-?maila)",
            r"\bnewslett.{3,80}(?:zapisz|zapisuję|subskrybuj|twój (?:adres )?e-?mail|podaj|wpisz|zamów)",
            r"\b(?:podaj|wpisz|wprowadź|zostaw) (?:swój |twój )?(?:adres )?e-?mail",
        ]),
    },
    Rule {
        id: "comments.prompt.pl",
        category: Comments,
        label: "Comment prompts",
        description: "\"Dodaj komentarz\", \"Zostaw komentarz\", \"Zaloguj się, aby skomentować\", \"Anuluj odpowiedź\"",
        default_on: true,
        lang: Lang::Pl,
        matcher: Matcher::Wording(&[
            r"\b(?:dodaj|napisz|zostaw|opublikuj|wyślij|wstaw) (?:swój |twój |pierwszy )?komentarz",
            r"\banuluj (?:odpowiedź|pisanie odpowiedzi)",
            r"\badres e-?mail nie (?:zostanie|będzie) (?:opublikowany|publikowany|widoczny)|\bwymagane pola są oznaczone\b",
            r"\bbądź pierwsz\S*,? (?:który|która|kto) (?:skomentuje|doda komentarz|napisze)|\bskomentuj jako pierwsz",
            r"\b(?:zaloguj się|zarejestruj się),? (?:aby|by|żeby) (?:skomentować|komentować|dodać komentarz|wziąć udział w dyskusji|dołączyć do dyskusji)",
            r"\bdołącz do (?:dyskusji|rozmowy)",
            r"\b(?:pokaż|zobacz|czytaj|przeczytaj|wyświetl|rozwiń) (?:wszystkie )?(?:\d+ )?komentarz[ey]\b|\bkomentarze \(\d+\)|\bskomentuj (?:artykuł|tekst|ten artykuł|wpis)",
        ]),
    },
    Rule {
        id: "cookie.consent.pl",
        category: Cookie,
        label: "Cookie banners",
        description: "\"Ta strona używa plików cookie\", \"Używamy plików cookies\", \"Akceptuję i zamykam\"",
        default_on: true,
        lang: Lang::Pl,
        matcher: Matcher::Wording(&[
            r"\b(?:ta strona|ten serwis|ta witryna|nasza strona|nasz serwis|niniejsza strona|ten portal|nasz portal) (?:internetowa |www )?(?:używa|korzysta z|wykorzystuje|stosuje|zapisuje|przechowuje) (?:\S+ ){0,2}(?:pliki|plików|ciasteczek|ciasteczka|cookie)",
            r"\b(?:używamy|korzystamy z|wykorzystujemy|stosujemy|my i nasi partnerzy (?:używamy|wykorzystujemy)) (?:\S+ ){0,3}(?:pliki|plików|ciasteczek|ciasteczka|cookie)",
            r"\b(?:akceptuj|akceptuję|zaakceptuj|odrzuć|odrzucam|zarządzaj|dostosuj) (?:wszystkie )?(?:pliki |plikami )?(?:cookie|ciasteczk)",
            r"\b(?:akceptuj|akceptuję|zaakceptuj) (?:i (?:zamknij|zamykam|przejdź|przechodzę)|wszystkie|wszystko)|\bzgadzam się i (?:przechodzę|zamykam)",
            r"\b(?:kontynuując|korzystając z|dalsze korzystanie z|przeglądając) (?:\S+ ){0,3}(?:stron|serwis|witryn|portal).{0,80}(?:wyrażasz zgodę|akceptujesz|zgadzasz się|oznacza (?:zgodę|akceptację))",
            r"\b(?:przechowujemy|uzyskujemy dostęp) (?:\S+ ){0,5}informacj\S* (?:na|w) (?:twoim |swoim |tym )?urządzeni",
        ]),
    },
    Rule {
        id: "paywall.overlay.pl",
        category: Paywall,
        label: "Paywall overlays",
        description: "\"Ten artykuł jest dostępny tylko dla prenumeratorów\", \"Wykup subskrypcję, aby czytać dalej\", \"Masz już subskrypcję?\"",
        default_on: true,
        lang: Lang::Pl,
        matcher: Matcher::Wording(&[
            // A sentence about this article, not the "Tylko dla prenumeratorów" badge of a teaser.
            r"\b(?:artykuł|tekst|materiał|treść|wpis|reportaż|wywiad)\S* (?:\S+ ){0,2}(?:jest )?dostępn\S* (?:tylko |wyłącznie |jedynie )?(?:dla|w ramach) (?:naszych )?(?:prenumerator|subskrybent|abonent|subskrypcj|prenumerat)",
            r"\b(?:(?:wykup|kup|zamów|aktywuj|wybierz) (?:\S+ ){0,2}(?:subskrypcj|prenumerat|abonament|dostęp)\S*|zasubskrybuj|subskrybuj|zaprenumeruj),? (?:aby|by|żeby|i) (?:czytać|czytaj|przeczytać|kontynuować|mieć|uzyskać|odblokować|zyskać|korzystać)",
            r"(?:^|[\s,(])(?:aby|by|żeby) (?:czytać dalej|czytać cały|przeczytać (?:cały|pełny|dalszą|ten)|kontynuować czytanie|mieć dostęp).{0,40}(?:subskrypcj|prenumerat|abonament)|\bczytaj (?:dalej|całość|cały artykuł) (?:z|w ramach) (?:subskrypcj|prenumerat|pakiet|abonament)",
            r"\bmasz już (?:wykupion\S* |aktywn\S* )?(?:subskrypcj|prenumerat|abonament|dostęp premium)|\bjesteś już (?:naszym )?(?:prenumerator|subskrybent|abonent)",
            r"\b(?:wykorzysta|osiągną|przekroczy|wyczerpa)\S* (?:już )?(?:\S+ ){0,2}limit (?:\S+ ){0,2}(?:darmow|bezpłatn)|\bprzeczytał\S* (?:już )?(?:wszystkie )?\d+ (?:z \d+ )?(?:darmow|bezpłatn)",
            r"\b(?:pozostał[oay]?|zostało|zostały) (?:ci |tobie )?\d+ (?:z \d+ )?(?:darmow|bezpłatn)|\b(?:darmow|bezpłatn)\S* (?:artykuł|tekst)\S* do wykorzystania",
        ]),
    },
];

#[cfg(test)]
mod tests {
    use super::super::testing::check_language;
    use super::Lang;
    use crate::model::Category::*;

    #[test]
    fn polish_widgets_are_recognised_and_polish_reporting_is_not() {
        let asks = [
            (Donation, "Wesprzyj nas"),
            (Donation, "Wesprzyj niezależne dziennikarstwo"),
            (Donation, "Wspieraj nas regularnie już od 10 zł miesięcznie"),
            (Donation, "Przekaż darowiznę"),
            (Donation, "Przekaż 1,5% podatku na naszą fundację"),
            (Donation, "Wpłać dowolną kwotę"),
            (Donation, "Wpłać na nasze konto: 12 3456 7890"),
            (Donation, "Dane do przelewu"),
            (Donation, "Twoje wsparcie ma znaczenie."),
            (Donation, "Każda złotówka się liczy!"),
            (Donation, "Potrzebujemy Twojego wsparcia"),
            (Donation, "Zostań patronem"),
            (Donation, "Zostań naszym darczyńcą"),
            (Donation, "Jesteśmy finansowani przez naszych czytelników."),
            (Donation, "Utrzymujemy się wyłącznie z wpłat czytelników."),
            (Donation, "Postaw mi kawę"),
            (Donation, "Jeśli cenisz naszą pracę, wesprzyj redakcję dowolną kwotą."),
            (Notification, "Włącz powiadomienia"),
            (Notification, "Czy chcesz otrzymywać powiadomienia o najważniejszych wiadomościach?"),
            (Notification, "Chcielibyśmy wysyłać Ci powiadomienia o najnowszych artykułach."),
            (Notification, "Nie przegap żadnej informacji – włącz powiadomienia push"),
            (Notification, "Otrzymuj najważniejsze wiadomości w swojej przeglądarce"),
            (Notification, "Zezwól na powiadomienia"),
            (Login, "Zaloguj się, aby czytać dalej"),
            (Login, "Masz już konto? Zaloguj się"),
            (Login, "Zarejestruj się za darmo"),
            (Login, "Zaloguj się przez Google"),
            (Login, "Kontynuuj z Facebookiem"),
            (Login, "Nie masz jeszcze konta?"),
            (Login, "Załóż darmowe konto"),
            (Login, "Aby czytać dalej, zaloguj się."),
            (Newsletter, "Zapisz się do newslettera"),
            (Newsletter, "Zamów nasz bezpłatny newsletter"),
            (Newsletter, "Najważniejsze informacje dnia prosto na Twoją skrzynkę"),
            (Newsletter, "Codziennie rano prosto na skrzynkę"),
            (Newsletter, "Newsletter poranny: zapisz się już dziś"),
            (Newsletter, "Podaj swój adres e-mail"),
            (Comments, "Dodaj komentarz"),
            (Comments, "Zostaw komentarz"),
            (Comments, "Anuluj odpowiedź"),
            (Comments, "Twój adres e-mail nie zostanie opublikowany."),
            (Comments, "Wymagane pola są oznaczone *"),
            (Comments, "Bądź pierwszy, który skomentuje"),
            (Comments, "Zaloguj się, aby skomentować"),
            (Comments, "Dołącz do dyskusji"),
            (Comments, "Pokaż wszystkie komentarze"),
            (Comments, "Komentarze (24)"),
            (Cookie, "Ta strona używa plików cookie"),
            (Cookie, "Ten serwis korzysta z plików cookies w celach statystycznych."),
            (Cookie, "Używamy plików cookie, aby ulepszać nasze usługi."),
            (Cookie, "Akceptuj wszystkie pliki cookie"),
            (Cookie, "Akceptuję i zamykam"),
            (Cookie, "Kontynuując przeglądanie strony, wyrażasz zgodę na używanie plików cookie."),
            (Cookie, "My i nasi partnerzy przechowujemy lub uzyskujemy dostęp do informacji na urządzeniu."),
            (Paywall, "Ten artykuł jest dostępny tylko dla prenumeratorów"),
            (Paywall, "Wykup subskrypcję, aby czytać dalej"),
            (Paywall, "Aby przeczytać cały artykuł, wykup prenumeratę cyfrową."),
            (Paywall, "Czytaj dalej z subskrypcją Premium"),
            (Paywall, "Masz już subskrypcję? Zaloguj się"),
            (Paywall, "Jesteś już prenumeratorem?"),
            (Paywall, "Wykorzystałeś już limit darmowych artykułów w tym miesiącu"),
            (Paywall, "Pozostały Ci 2 darmowe artykuły"),
            (Paywall, "Przeczytałeś już 5 z 5 bezpłatnych artykułów"),
        ];
        let prose = [
            "Po powodzi mieszkańcy przekazali na konto fundacji ponad dwa miliony złotych.",
            "Rząd wspiera projekt budowy nowej linii tramwajowej.",
            "Wpłaty można kierować na konto Caritas, poinformował rzecznik diecezji.",
            "Aplikacja wysyła powiadomienia, gdy pociąg jest opóźniony.",
            "Minister dołączył do dyskusji w Sejmie na temat finansowania kolei.",
            "Do dyskusji dołączy także minister zdrowia.",
            "Bank otworzył konto dla poszkodowanych, a numer rachunku podano na stronie gminy.",
            "Użytkownicy muszą założyć konto na portalu urzędu skarbowego.",
            "Sąd orzekł, że portal instalował pliki cookie bez zgody użytkowników.",
            "Gazeta ma już ponad 300 tysięcy prenumeratorów cyfrowych.",
            "Komentarze pod filmem zostały usunięte przez platformę.",
            "Newsletter urzędu miasta ukazuje się raz w miesiącu.",
            "Potrzebujemy waszej pomocy – apelował burmistrz po przejściu fali powodziowej.",
            "Nowa funkcja jest dostępna dla abonentów sieci od poniedziałku.",
            "Tylko dla prenumeratorów",
            "Dla subskrybentów",
            "Prenumerata cyfrowa za 9,90 zł miesięcznie",
            "Schronisko jest finansowane przez darczyńców z całej Polski.",
            "Przeczytaj komentarz redaktora naczelnego.",
            "Klikając przycisk, użytkownik akceptuje regulamin sklepu.",
        ];
        check_language(Lang::Pl, &asks, &prose);
    }
}
