//! Portuguese wording, one rule per category, Brazilian and European: the calls to action, headings and
//! button texts of news sites and blogs ("Apoie o jornalismo independente", "Ative as notificações",
//! "Assine a newsletter", "Deixe um comentário", "Conteúdo exclusivo para assinantes", "Este site utiliza
//! cookies"), with both spellings where they differ (registro / registo, ativar / activar, assinante /
//! subscritor). Prose forms are left out on purpose: "apoia" and "que apoie o projeto" are also the third
//! person and the subjunctive of news ("pediu que o Congresso apoie o projeto"), "fazer uma doação" is how
//! news explains a campaign, "entre para a história" is not a login. A `\b` never touches a non-ASCII letter
//! (see `nags::matchers`): "você", "já", "café" are matched as prefixes.

use super::{Lang, Matcher, Rule};
use crate::model::Category::*;

pub const RULES: &[Rule] = &[
    Rule {
        id: "donation.reader-support.pt",
        category: Donation,
        label: "Reader-support asks",
        description:
            "\"Doe agora\", \"Apoie o jornalismo independente\", \"Faça uma doação\", \"Cada contribuição conta\"",
        default_on: true,
        lang: Lang::Pt,
        matcher: Matcher::Wording(&[
            r"\b(?:doe|contribua|apoie) (?:agora|hoje|aqui)\b|\bdoe já",
            r"\bfaça (?:uma|sua|a sua) (?:doação|contribuição|assinatura solidária)\b",
            r"\b(?:apoie|apoiem|ajude a manter|ajude-nos a manter|sustente|financie) (?:o |a )?(?:nosso|nossa|este|esta) (?:\S+ )?(?:jornalismo|trabalho|projeto|projecto|blog|site|redação|veículo)\b",
            r"\bapoie o jornalismo (?:independente|profissional|de qualidade|local|crítico)\b",
            r"\b(?:apoie-nos|ajude-nos|contribua conosco|colabore conosco|apoia-nos)\b",
            r"\b(?:sua|tua|cada) (?:doação|contribuição) (?:nos )?(?:ajuda|permite|faz|é (?:fundamental|essencial|importante|muito importante)|conta|garante|mantém)",
            r"\b(?:torne-se|seja|se torne|torna-te) (?:um |uma )?(?:apoiador|apoiadora|apoiante|doador|doadora|mecenas|padrinho|madrinha)\b",
            r"\b(?:financiad[oa]|mantid[oa]|sustentad[oa]) (?:exclusivamente |apenas |somente |inteiramente )?(?:por|pelos|pelas) (?:seus |nossos |suas |nossas )?(?:leitores|leitoras|assinantes|apoiadores|doadores)\b|\bse (?:financia|financiam|sustenta|sustentam|mantém|mantêm) (?:\S+ ){0,7}(?:leitores|leitoras|assinantes|apoiadores|doadores)\b",
            r"\b(?:pague|me pague|pague-me|me paga) um (?:café|cafezinho)",
            r"\b(?:apoie|contribua|doe) (?:via|pelo|por|com) pix\b",
            r"\bprecisamos (?:do seu|da sua|do teu|da tua) (?:apoio|ajuda|contribuição|doação)",
            r"\bse (?:você gosta|você valoriza|você gostou|gostou|valoriza)\b.{0,80}\b(?:apoi|doe|doação|contribu)",
            // (the third census batch) "Colabore para que nossa equipe de jornalistas seja mantida"
            r"\bcolabore para que (?:a |o )?(?:nossa|nosso) (?:\S+ ){0,3}(?:seja mantid[oa]|continue|possa continuar|siga)\b",
            // Found missing by the eighteenth census batch: an appeal's "não seria possível sem o seu apoio".
            r"\bnão (?:seria|é) possível sem o (?:seu|teu|vosso) (?:\S+ )?(?:apoio|ajuda|contributo)\b",
            // Missing from the project's wording set (tests/eval/wording), written apart from these rules.
            r"\bfaça (?:já )?(?:um|uma|o seu|a sua) (?:donativo|doação)\b",
            r"\bpara (?:batermos|atingirmos|alcançarmos|chegarmos a) (?:a )?(?:nossa )?meta\b",
            r"\b(?:apoiar|doar|contribuir|apoie|doe) (?:também )?(?:por|via|com) (?:transferência|pix|mb way)\b",
            r"^\s*antes de (?:sair|ir embora)\b.{0,160}\b(?:apoi|sustent|contribu|doa|leitores|assin)",
            r"\b(?:os )?(?:nossos )?leitores nos (?:sustentam|financiam|mant)",
            // Missing from the project's widget fixtures in Italian and Portuguese (www/fixtures/widgets).
            r"\bquanto quer (?:colaborar|contribuir|doar)\b|\bcolaborar por mês\b|\bquero ser apoiador|\bmeta do mês\b",
            r"\bjornalismo (?:\S+ )?depende de (?:você|vocês)",
        ]),
    },
    Rule {
        id: "notification.push-prompt.pt",
        category: Notification,
        label: "Push-notification prompts",
        description:
            "\"Ative as notificações\", \"Deseja receber notificações?\", \"Gostaríamos de enviar notificações\"",
        default_on: true,
        lang: Lang::Pt,
        matcher: Matcher::Wording(&[
            r"\b(?:ative|ativar|active|activar|permita|permitir|receba|receber|autorize|autorizar|aceite|aceitar) (?:as |nossas |as nossas )?notificações(?: push| do navegador| no navegador)?",
            r"\b(?:quer|deseja|gostaria de) (?:\S+ ){0,2}(?:receber|ativar|activar|ser (?:notificad[oa]|avisad[oa]|informad[oa])) (?:\S+ ){0,3}(?:notificações|notícias|alertas|novidades|atualizações|actualizações)",
            r"\b(?:gostaríamos de|queremos) (?:lhe |te )?(?:enviar|mostrar) (?:\S+ )?(?:notificações|alertas)",
            r"\bnão perca (?:nenhuma|nada|as últimas)\b.{0,50}\b(?:notificações|alertas|push)\b",
            r"\b(?:receba|receber) (?:\S+ ){0,3}(?:notícias|alertas) (?:em primeira mão|no (?:seu )?navegador|no (?:seu )?celular|no (?:seu )?telemóvel)\b",
            // Found missing by the eighteenth census batch: a line that points to the push bell.
            r"\b(?:clique|toque|carregue) (?:no|na) (?:\S+ ){0,2}(?:sino|sininho|ícone do sino)\b",
            // Missing from the project's wording set (tests/eval/wording), written apart from these rules.
            r"\b(?:notícias|alertas|notificações|avisos)\b.{0,40}\bno (?:seu |teu )?(?:navegador|browser)\b",
            r"\bnotificações\b.{0,60}\b(?:definições|configurações) do (?:seu |teu )?(?:navegador|browser)\b",
            r"\b(?:a gente|nós) (?:te|lhe) avis(?:a|amos)\b|\bsubscrever (?:os )?alertas\b",
            // Missing from the project's widget fixtures in Italian and Portuguese (www/fixtures/widgets).
            r"\breceba (?:os )?alertas\b",
        ]),
    },
    Rule {
        id: "login.wall.pt",
        category: Login,
        label: "Sign-in and registration nags",
        description:
            "\"Faça login para continuar\", \"Já tem uma conta?\", \"Cadastre-se grátis\", \"Entrar com Google\"",
        default_on: true,
        lang: Lang::Pt,
        matcher: Matcher::Wording(&[
            r"\b(?:faça|efetue|efectue|inicie) (?:o |seu |o seu )?(?:login|sessão|cadastro|registo|registro) (?:gratuito |grátis )?(?:para|e) (?:continuar|ler|acessar|aceder|ter acesso|desbloquear)\b",
            r"\b(?:cadastre-se|registe-se|registre-se|inicie sessão) (?:gratuitamente |grátis |agora )?(?:para|e) (?:continuar|ler|acessar|aceder|ter acesso|desbloquear|salvar)\b",
            r"\bjá (?:tem|tens|possui) (?:uma )?conta\b|\bjá é (?:cadastrad[oa]|registad[oa]|registrad[oa]|usuário|utilizador)",
            r"\b(?:não tem (?:uma )?conta|ainda não (?:tem|tens|possui) (?:uma )?conta|ainda não é (?:cadastrad[oa]|registad[oa]|registrad[oa]))\b",
            r"\bcrie (?:uma|sua|a sua) conta\b|\bcriar (?:uma |sua )?conta gratuita\b",
            r"\b(?:entrar|entre|continuar|login|fazer login|iniciar sessão|cadastre-se|registe-se) com (?:o )?(?:google|facebook|apple|twitter|e-?mail)\b",
            r"\b(?:cadastre-se|registe-se|registre-se) (?:grátis|gratuitamente|agora)",
            // Missing from the project's wording set (tests/eval/wording), written apart from these rules.
            r"\besqueceu (?:a |sua |a sua )?(?:senha|palavra-passe)\b|\besqueci (?:a |minha )?senha\b|^\s*redefinir (?:a |sua )?senha\b",
            r"^\s*(?:que bom (?:ter você|te ter|tê-lo|tê-la)|bem-vind[oa]) de volta\b.{0,60}\b(?:entr|inici|acess|login)",
            r"\binici(?:e|ar) (?:a )?sessão\b|\bacesse (?:a )?(?:sua|minha) conta\b",
            // Missing from the project's widget fixtures in Italian and Portuguese (www/fixtures/widgets).
            r"^\s*continuar como \S+(?: \S+)?\s*$|\bfazer login (?:em|no) \S+ com (?:o )?(?:google|apple|facebook)\b",
        ]),
    },
    Rule {
        id: "newsletter.signup.pt",
        category: Newsletter,
        label: "Newsletter sign-ups",
        description: "\"Assine a newsletter\", \"Inscreva-se na nossa newsletter\", \"Receba no seu e-mail\"",
        default_on: true,
        lang: Lang::Pt,
        matcher: Matcher::Wording(&[
            r"\b(?:assine|inscreva-se|subscreva|cadastre-se|receba|registe-se) (?:gratuitamente |grátis |já )?(?:a|à|na|em|nas|nossa|nossas|a nossa|as nossas|o|no|nosso|os|as) (?:\S+ ){0,2}(?:newsletters?|boletim informativo)\b",
            r"\b(?:direto|diretamente|directamente|todos os dias|toda semana|toda manhã) (?:no seu|na sua|no|na) (?:e-?mail|caixa de entrada|caixa de correio|inbox)\b|\bna sua caixa de (?:entrada|correio)\b",
            r"\b(?:newsletters?|boletim informativo)\b.{3,80}\b(?:inscreva-se|assine|assinar|cadastre-se|subscreva|seu (?:melhor )?e-?mail|o seu e-?mail)\b",
            r"\b(?:digite|insira|informe|introduza|deixe) (?:o )?seu (?:melhor )?e-?mail\b",
            // Found missing by the seventeenth census batch: the fine print under a sign-up form ("Ao se inscrever na
            // newsletter, você concorda"), which only a sign-up box carries.
            r"\bao (?:se inscrever|se cadastrar|inscrever-se|cadastrar-se|registar-se|subscrever|assinar) (?:na|no|em) (?:nossa |nosso )?(?:\S+ ){0,2}(?:newsletters?|boletim),? (?:você )?(?:concorda|aceita)\b",
            // Missing from the project's wording set (tests/eval/wording), written apart from these rules.
            r"\breceba (?:todas as manhãs )?(?:as principais notícias|as notícias) no seu e-?mail\b|\breceba as próximas por e-?mail\b",
            r"\bcancelar a (?:subscrição|inscrição) a qualquer momento\b|\bverifique a sua caixa de (?:correio|entrada)\b",
            r"\bao se inscrever,? você concorda\b|\bcom a nossa newsletter\b|\b(?:a|nossa) newsletter (?:gratuita|diária|semanal)\b",
        ]),
    },
    Rule {
        id: "comments.prompt.pt",
        category: Comments,
        label: "Comment prompts",
        description: "\"Deixe um comentário\", \"Faça login para comentar\", \"Cancelar resposta\"",
        default_on: true,
        lang: Lang::Pt,
        matcher: Matcher::Wording(&[
            r"\b(?:deixe|deixa|deixar) (?:um|seu|o seu|uma|sua|a sua) (?:comentário|resposta|opinião)",
            r"\b(?:escreva|adicione|publique|envie) (?:um|seu|o seu) comentário|\bpublicar comentário",
            r"\bcancelar resposta\b",
            r"\b(?:o )?seu (?:endereço de )?e-?mail não será publicad|\bcampos obrigatórios (?:são )?marcados\b",
            r"\b(?:seja|sê) o primeiro a comentar\b",
            r"\b(?:faça login|entre|inicie sessão|cadastre-se|registe-se) (?:\S+ ){0,2}para (?:comentar|deixar (?:um|seu) comentário|participar)",
            r"\b(?:ver|mostrar|ler) (?:os \d+|todos os(?: \d+)?) comentários\b",
            // A box that is only the button that opens the comments ("Ver comentários"): the words alone, never a
            // sentence, as the English rule takes "View comments".
            r"^\s*(?:ver|mostrar|ler|carregar|abrir) (?:os |todos os )?(?:\d+ )?comentários(?: \(\d+\))?\s*$",
            // The disclaimer Brazilian papers put over their comment box.
            r"\bos comentários não representam a opinião d[oa]\b",
            // Found missing by the eighteenth census batch: a comment count beside the comment button's bare
            // verb, alone in its box (the verb alone is also a share bar's button).
            r"^\s*\d+\s*comentar\s*$",
            // Missing from the project's wording set (tests/eval/wording), written apart from these rules.
            r"\bparticipe da conversa\b|\bconte pra gente nos comentários\b",
            r"\bos comentários (?:são moderados|ofensivos serão apagados)\b",
        ]),
    },
    Rule {
        id: "cookie.consent.pt",
        category: Cookie,
        label: "Cookie banners",
        description: "\"Este site utiliza cookies\", \"Utilizamos cookies\", \"Ao continuar navegando, você concorda\"",
        default_on: true,
        lang: Lang::Pt,
        matcher: Matcher::Wording(&[
            r"\b(?:este (?:site|sítio|portal|website)|o nosso (?:site|sítio|website)|nosso (?:site|portal)) (?:utiliza|usa|armazena) (?:\S+ ){0,2}cookies\b",
            r"\b(?:utilizamos|usamos|nós e (?:os )?nossos parceiros (?:utilizamos|usamos)) (?:\S+ ){0,3}cookies\b",
            r"\barmazenamos e/ou (?:acedemos|acessamos)\b|\binformações (?:num|em um|no seu) dispositivo\b",
            r"\b(?:aceitar|aceito|aceite|rejeitar|recusar|gerir|gerenciar|configurar|personalizar) (?:todos os |os )?cookies\b",
            r"\b(?:aceitar e fechar|aceitar e continuar|continuar sem aceitar)\b",
            r"\bao (?:continuar|clicar|navegar|prosseguir)\b.{0,60}\b(?:concorda|aceita|consente|está de acordo) (?:com )?(?:o uso|a utilização|a nossa política|nossa política|os termos)",
            r"\bpolítica de (?:cookies|privacidade)\b.{0,80}\b(?:aceit|concord|rejeit)",
            // Found missing by the fifteenth census batch: a consent platform's settings, whose necessary cookies
            // cannot be switched off.
            r"\b(?:estritamente )?(?:necessários?|essenciais)(?: cookies)? sempre (?:ativ|habilitad)",
            // Missing from the project's wording set (tests/eval/wording), written apart from these rules.
            r"\bos cookies estritamente necessários estão sempre ativos\b|\bsua privacidade é importante para nós\b",
        ]),
    },
    Rule {
        id: "paywall.overlay.pt",
        category: Paywall,
        label: "Paywall overlays",
        description: "\"É exclusivo para assinantes\", \"Assine para continuar lendo\", \"Já é assinante?\"",
        default_on: true,
        lang: Lang::Pt,
        matcher: Matcher::Wording(&[
            // A sentence about this article, not the "Exclusivo para assinantes" badge of a teaser.
            r"(?:\bsão|\bestá|\bfica|(?:^|\s)é) (?:exclusiv[oa]s?|restrit[oa]s?) (?:para|a|aos) (?:assinantes|subscritores)\b",
            r"\b(?:assine|subscreva|assina) (?:\S+ ){0,3}(?:para|e) (?:continuar|ler|ter acesso|acessar|aceder|desbloquear)\b",
            r"\b(?:continue|continuar) (?:lendo|a ler)\b.{0,40}\b(?:assin|subscr|plano)",
            r"\bjá é (?:assinante|subscritor)",
            r"\b(?:você|voce) (?:atingiu|chegou ao|alcançou|leu|já leu) (?:o )?(?:limite|\d+|todas?|todos)",
            r"\b(?:matérias|artigos|notícias|reportagens) (?:gratuit[oa]s|grátis) (?:restantes|este mês|por mês|disponíveis)",
            // Missing from the project's wording set (tests/eval/wording), written apart from these rules.
            r"\batingiu o limite de (?:artigos|matérias) gratuit",
            r"\bpara ler o artigo completo\b.{0,30}\b(?:escolha|assin|plano|oferta)|\bsua última matéria grátis\b",
        ]),
    },
];

#[cfg(test)]
mod tests {
    use super::super::testing::check_language;
    use super::Lang;
    use crate::model::Category::*;

    #[test]
    fn portuguese_widgets_are_recognised_and_portuguese_reporting_is_not() {
        let asks = [
            (Donation, "Colabore para que nossa equipe de jornalistas seja mantida."),
            (Donation, "Apoie o jornalismo independente"),
            (Donation, "O nosso site se financia por meio da sua própria comunidade de leitores."),
            (Comments, "Deixe sua opinião"),
            (Newsletter, "Quais newsletters você gostaria de assinar?"),
            (Donation, "Doe agora"),
            (Donation, "Faça uma doação"),
            (Donation, "Cada contribuição conta."),
            (Donation, "Apoie-nos a partir de R$ 10 por mês"),
            (Donation, "Torne-se apoiador"),
            (Notification, "Ative as notificações"),
            (Notification, "Deseja receber notificações das últimas notícias?"),
            (Notification, "Gostaríamos de enviar notificações com as principais notícias."),
            (Notification, "Activar notificações"),
            (Login, "Faça login para continuar lendo"),
            (Login, "Já tem uma conta?"),
            (Login, "Cadastre-se grátis"),
            (Login, "Entrar com Google"),
            (Login, "Inicie sessão para continuar"),
            (Newsletter, "Assine a newsletter"),
            (Newsletter, "Inscreva-se na nossa newsletter"),
            (Newsletter, "As principais notícias direto no seu e-mail"),
            (Newsletter, "Digite seu melhor e-mail"),
            (
                Comments,
                "Os comentários não representam a opinião do jornal; a responsabilidade é do autor da mensagem.",
            ),
            (Comments, "Deixe um comentário"),
            (Comments, "Cancelar resposta"),
            (Comments, "O seu endereço de e-mail não será publicado."),
            (Comments, "Faça login para comentar"),
            (Comments, "Seja o primeiro a comentar"),
            (Cookie, "Este site utiliza cookies"),
            (Cookie, "Utilizamos cookies para melhorar a sua experiência."),
            (Cookie, "Aceitar e fechar"),
            (Cookie, "Ao continuar navegando, você concorda com o uso de cookies."),
            (Paywall, "Esta matéria é exclusiva para assinantes"),
            (Paywall, "Assine para continuar lendo"),
            (Paywall, "Já é assinante? Faça login"),
            (Paywall, "Você atingiu o limite de matérias gratuitas"),
            (Donation, "Apoie o nosso jornalismo"),
            (Donation, "Um jornal mantido pelos leitores"),
            (Donation, "Pague um café para a redação"),
            (Donation, "Apoie via Pix"),
            (Donation, "Precisamos do seu apoio"),
            (Donation, "Se você gosta do nosso trabalho, apoie com uma doação."),
            (Notification, "Não perca nenhuma notícia: ative as notificações"),
            (Notification, "Receba as últimas notícias no seu navegador"),
            (Login, "Ainda não tem conta? Cadastre-se"),
            (Login, "Crie sua conta"),
            (Newsletter, "Newsletter diária: informe seu e-mail"),
            (Comments, "Publicar comentário"),
            (Comments, "Ver todos os comentários"),
            (Comments, "Carregar comentários (12)"),
            (Cookie, "Armazenamos e/ou acessamos informações em um dispositivo"),
            (Cookie, "Aceitar todos os cookies"),
            (Cookie, "Política de privacidade: ao aceitar, você concorda"),
            (Cookie, "Necessários Sempre ativado"),
            (Paywall, "Para continuar lendo, assine"),
            (Paywall, "5 matérias gratuitas restantes"),
            (Newsletter, "Ao se inscrever na nossa newsletter, você concorda com a política de privacidade."),
            (Donation, "O nosso jornalismo não seria possível sem o seu apoio."),
            (Notification, "Clique no sininho para receber as notícias."),
            (Comments, "12 Comentar"),
            (Donation, "Faça um donativo"),
            (Donation, "Faltam R$ 5 mil para batermos a meta."),
            (Donation, "Apoie por Pix"),
            (Donation, "Antes de sair: só os leitores nos sustentam."),
            (Donation, "Só os leitores nos financiam."),
            (Notification, "Receba alertas de última hora no seu navegador."),
            (Notification, "Pode desativar as notificações nas definições do seu browser."),
            (Notification, "A gente te avisa quando sair notícia."),
            (Login, "Esqueceu a senha?"),
            (Login, "Esqueci minha senha"),
            (Login, "Que bom ter você de volta! Entre na sua conta."),
            (Login, "Inicie sessão na sua conta"),
            (Login, "Acesse sua conta"),
            (Newsletter, "Receba as principais notícias no seu e-mail."),
            (Newsletter, "Pode cancelar a subscrição a qualquer momento."),
            (Newsletter, "Assine a nossa newsletter gratuita"),
            (Comments, "Participe da conversa"),
            (Comments, "Os comentários são moderados."),
            (Cookie, "Sua privacidade é importante para nós"),
            (Paywall, "Atingiu o limite de artigos gratuitos."),
            (Paywall, "Para ler o artigo completo, escolha um plano."),
            (Donation, "Escolha com quanto quer colaborar por mês."),
            (Donation, "Jornalismo local depende de você"),
            (Donation, "Quero ser apoiador"),
            (Notification, "Receba os alertas do Correio"),
            (Login, "Continuar como Ana"),
            (Login, "Fazer login no correio.example com o Google"),
        ];
        let prose = [
            "O governo apoia o jornalismo local com um novo fundo.",
            "O ministro disse que prefere não ler comentários nas redes.",
            "O senador pediu que o Congresso apoie o projeto ainda este ano.",
            "Quem quiser fazer uma doação pode procurar a Defesa Civil.",
            "O aplicativo envia notificações quando o ônibus atrasa.",
            "A seleção entrou para a história com a vitória de ontem.",
            "Os usuários precisam criar uma conta no site do governo.",
            "A autoridade multou o site por instalar cookies sem consentimento.",
            "O jornal chegou a 300 mil assinantes digitais.",
            "Os comentários nas redes sociais foram apagados pela plataforma.",
            "A newsletter da prefeitura passa a ser mensal.",
            "Golpistas pedem doações por Pix em nome de famosos.",
            "Exclusivo para assinantes",
            "Assinatura digital por R$ 1,90",
            "Ao se inscrever no concurso, você concorda com o edital, disse a prefeitura.",
            "O resgate não teria sido possível sem a ajuda dos vizinhos, disse o prefeito.",
            "O sacristão tocou o sino ao meio-dia.",
            "A campanha arrecadou R$ 2 milhões em doações, segundo a ONG.",
            "O banco orientou os clientes a trocar a senha depois do ataque.",
            "A conversa entre os ministros durou duas horas, segundo o governo.",
            "Os assinantes do serviço de streaming pagam R$ 30 por mês.",
            "O jornalismo local depende cada vez mais de fundações, diz o estudo.",
        ];
        check_language(Lang::Pt, &asks, &prose);
    }
}
