//! Curated cue patterns per claim kind.
//!
//! Every entry is a lowercase regex matched against the ASCII-lowercased sentence (`\b` is rewritten to an ASCII word boundary so the lazy DFA keeps
//! working on text with curly quotes) with a base score and a check the scorer applies around the match.
//! Scores at or above 0.5 flag a news sentence; lower scores are *hedges*: they never flag news (a highlighter
//! that marks every "may" gets switched off) but they feed `Scorer::weasel_score`, where Wikipedia's broader
//! notion of "uncertain" counts them.

use super::ClaimKind::{self, AnonSource, ContestedClaim, EvidenceAbsent, Speculation, VagueSource};

/// Extra test the scorer runs on a match before believing it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Check {
    /// Believe the match as is.
    Plain,
    /// Drop when a negation sits just before ("not unfounded", "never verified").
    NotNegated,
    /// A claim verb: needs a real speaker, not a noun use, not a denial (see `Scorer::contested`).
    ClaimVerb,
    /// "experts say": drop when a determiner points at a specific group ("the researchers said"), or when a
    /// named study/institution appears in the sentence.
    UnnamedGroup,
    /// "could be <x>ing": drop "could be something/anything/nothing".
    NotThing,
    /// Drop when the sentence attributes itself ("..., police said"): "there is no evidence of foul play, police
    /// said" is a sourced finding, not the writer's admission that support is missing.
    Unattributed,
    /// "accused X of": not the noun ("the accused"), not negated or denied.
    Accuse,
    /// Bare "Officials say ..." opening the sentence: a vague source only when it carries a forecast or a
    /// judgement (a modal or "likely" follows); routine facts credited to officials stay unflagged.
    BareOfficials,
    /// "supposedly" and friends before a verb ("has supposedly changed"), not inside a noun phrase ("a
    /// supposedly simple query"), where they describe.
    NotAdjectival,
    /// Not with a first- or second-person subject ("you might think", "we may assume"): rhetoric addressed to
    /// the reader, or the writer's own stance.
    NotPersonal,
    /// "it feels like ...": not when the writer's own state follows ("it feels like I am missing something").
    NotAboutWriter,
    /// "seems to be" / "appears to": not narrative (past tense, or a pronoun subject: "he appeared to hesitate",
    /// "it seems to be claiming"). Confirmed by the learned model.
    NotNarrative,
}

impl Check {
    /// Cues whose flag the learned WikiWeasel model must confirm: the weakest speculation cues, where the
    /// wording alone is least reliable.
    pub(crate) fn needs_model(self) -> bool {
        matches!(self, Check::NotNarrative)
    }
}

pub(crate) struct Cue {
    pub kind: ClaimKind,
    pub score: f32,
    pub check: Check,
    /// Word prefixes at least one of which starts a word inside every match. One literal pass over the
    /// sentence finds which anchors occur, and only their cues run. Required for cues that can flag (>= 0.5);
    /// hedges run only for the WikiWeasel scores and are not gated.
    pub anchors: &'static [&'static str],
    pub pattern: &'static str,
}

const fn cue(
    kind: ClaimKind,
    score: f32,
    check: Check,
    anchors: &'static [&'static str],
    pattern: &'static str,
) -> Cue {
    Cue { kind, score, check, anchors, pattern }
}

use Check::*;

/// A determiner-free noun phrase word, used to allow a few words between subject and verb.
/// (Spelled out instead of `\w` so the DFA stays small.)
macro_rules! w {
    () => {
        r"[a-z0-9'’.-]+ "
    };
}

pub(crate) const CUES: &[Cue] = &[
    // ---- evidence_absent: the text itself says support is missing. Kept strong even with a link: a link to
    // the claim does not supply the missing evidence.
    cue(
        EvidenceAbsent,
        0.9,
        Plain,
        &["without"],
        r"\bwithout (?:providing |offering |giving |presenting |citing |producing |showing |sharing |supplying )?(?:any |specific |supporting |concrete |further |a shred of )?(?:evidence|proof|sourcing|substantiation)\b",
    ),
    cue(EvidenceAbsent, 0.9, Plain, &["information"], r"\b(?:up)?on information and belief\b"),
    cue(
        EvidenceAbsent,
        0.85,
        Plain,
        &["evidence", "proof"],
        r"\b(?:offered|provided|gave|presented|produced|cited|showed|shared|supplied) (?:no|little) (?:evidence|proof)\b|\b(?:had|has|have) no (?:proof|hard evidence)\b",
    ),
    cue(
        EvidenceAbsent,
        0.85,
        Plain,
        &["evidence", "proof"],
        r"\b(?:did not|didn['’]t|does not|doesn['’]t|has not|hasn['’]t|have not|haven['’]t|failed to|declined to|refused to) (?:provide|offer|give|present|produce|cite|show|share|supply) (?:any )?(?:evidence|proof)\b",
    ),
    cue(
        EvidenceAbsent,
        0.85,
        Plain,
        &["evidence", "proof"],
        r"\bno (?:evidence|proof) (?:was |has been |had been |were )?(?:provided|offered|given|presented|produced)\b",
    ),
    // "unproven" and friends describe the claim, not the outlet's doubt about grammar; negated forms are the
    // opposite ("not unfounded") so they are checked.
    cue(
        EvidenceAbsent,
        0.8,
        NotNegated,
        &[
            "unverified",
            "unsubstantiated",
            "uncorroborated",
            "unproven",
            "unfounded",
            "baseless",
            "groundless",
            "evidence",
        ],
        r"\b(?:unverified|unsubstantiated|uncorroborated|unproven|unfounded|baseless|groundless|evidence-free)\b",
    ),
    cue(
        EvidenceAbsent,
        0.75,
        Plain,
        &["verif", "confirm", "corroborat"],
        r"\b(?:could not|couldn['’]t|cannot|can['’]t|was unable to|were unable to|has not been able to) (?:be )?(?:independently )?(?:verif(?:y|ied)|confirm(?:ed)?|corroborat(?:e|ed))\b",
    ),
    cue(
        EvidenceAbsent,
        0.75,
        Plain,
        &["verif", "confirm", "corroborat"],
        r"\b(?:has|have|had) not (?:yet )?been (?:independently )?(?:verified|confirmed|corroborated)\b",
    ),
    // "There is no evidence of foul play, police said" is the finding of a named authority (a debunk), not an
    // unsupported assertion; unattributed, it is the writer admitting that nothing backs the point.
    cue(
        EvidenceAbsent,
        0.7,
        Unattributed,
        &["evidence", "proof"],
        r"\b(?:there is|there was|there['’]s|there has been) (?:still |yet |so far |as yet )?(?:no|little) (?:(?:definitive|conclusive|clear|hard|real|scientific|solid|credible|direct|good|firm) )?(?:evidence|proof)\b",
    ),
    // ---- anon_source: the source is deliberately unnamed.
    cue(
        AnonSource,
        0.85,
        Plain,
        &["close", "familiar", "briefed", "knowledge"],
        r"\b(?:sources?|insiders?|people|persons?|someone|individuals?|officials?) (?:close to|familiar with|briefed on|with (?:direct )?knowledge of)\b",
    ),
    cue(
        AnonSource,
        0.85,
        Plain,
        &["according"],
        r"\baccording to (?:[a-z'-]+ ){0,3}?(?:sources?|insiders?)\b|\baccording to (?:people|persons|those|someone|others) (?:who|familiar|close|with|briefed|in the know)\b",
    ),
    cue(
        AnonSource,
        0.8,
        Plain,
        &["source", "insider"],
        concat!(
            r"\b(?:sources?|insiders?),? (?:",
            w!(),
            r"){0,5}?(?:said|say|says|told|tell|confirmed|claimed|claim|suggested|indicated|revealed)\b"
        ),
    ),
    cue(
        AnonSource,
        0.85,
        Plain,
        &["anonym", "named", "identified", "authori"],
        r"\b(?:on (?:the )?condition of anonymity|(?:asked|requested|declined|wished|wishing|asking) not to be (?:named|identified)|declined to be (?:named|identified)|not authori[sz]ed to (?:speak|comment|discuss)|speaking anonymously|spoke anonymously)\b",
    ),
    cue(
        AnonSource,
        0.8,
        Plain,
        &["unnamed", "anonym", "unidentified"],
        r"\b(?:unnamed|anonymous|unidentified) (?:senior )?(?:officials?|sources?|aides?|diplomats?|insiders?|people|persons?|staffers?|executives?|officers?)\b",
    ),
    // "a senior official said": an article plus a role but no name. "people" are left out here — "two people
    // said they heard shots" are witnesses, not concealed sources — but one unnamed person quoted on their own
    // ("said another person", "as one executive said") is a source the reader cannot identify.
    cue(
        AnonSource,
        0.7,
        Plain,
        &[
            "official",
            "aide",
            "diplomat",
            "insider",
            "staffer",
            "source",
            "executive",
            "operative",
            "adviser",
            "advisor",
            "strategist",
            "lawmaker",
            "person",
            "resident",
            "employee",
            "member",
        ],
        concat!(
            r"\b(?:a|an|one|two|three|four|several|other|multiple) (?:",
            w!(),
            r"){0,3}?(?:official|officials|aide|aides|diplomat|diplomats|insider|insiders|staffer|staffers|source|sources|executive|executives|operative|operatives|adviser|advisers|advisor|advisors|strategist|strategists|lawmaker|lawmakers) (?:",
            w!(),
            r"){0,3}?(?:said|says|told)\b",
            r"|\b(?:said|says|told(?: [a-z]+)?) (?:one|another|an?) (?:",
            w!(),
            r"){0,2}?(?:official|aide|diplomat|insider|staffer|source|executive|operative|adviser|advisor|strategist|lawmaker|person|resident|employee|member)(?:[.,;:!?\x22”)]|\s*$| (?:in|at|during|from|with|who|on|familiar|close)\b)",
            r"|\bas (?:one|another|an?) (?:",
            w!(),
            r"){0,2}?(?:official|aide|diplomat|insider|staffer|source|executive|operative|adviser|advisor|strategist|lawmaker|person|resident|employee|member) (?:said|put it|told)\b"
        ),
    ),
    // "OBSERVER ONLINE has learnt": the outlet's own unnamed sources.
    cue(AnonSource, 0.7, Plain, &["learnt", "learned"], r"\b(?:has|have) (?:learnt|learned)(?: that\b|\s*[.,;]|$)"),
    // Plain "officials said" is how institutions speak in routine news; a hedge only.
    cue(AnonSource, 0.4, Plain, &[], r"\bofficials (?:said|say|says|told)\b"),
    // ---- contested_claim: a speaker's assertion reported with a verb that marks it as disputed.
    cue(
        ContestedClaim,
        0.7,
        ClaimVerb,
        &["claim", "alleg", "insist", "assert", "contend", "maintain", "purport"],
        r"\b(?:claim(?:s|ed|ing)|alleg(?:es|ed)|insist(?:s|ed)|assert(?:s|ed)|contend(?:s|ed)|maintain(?:s|ed) that|purport(?:s|ed) to)\b",
    ),
    cue(
        ContestedClaim,
        0.8,
        NotNegated,
        &["falsely"],
        r"\bfalsely (?:said|says|stated|claimed|claims|claiming|suggested|asserted|alleged|insisted)\b",
    ),
    // The noun ("his claims that ...", "territorial claims") names a claim without making one: a hedge only.
    cue(
        ContestedClaim,
        0.45,
        Plain,
        &[],
        r"(?:['’]s|\bhis|\bher|\btheir) (?:repeated |unfounded |false |baseless |dubious |disputed )?claims? (?:that|of)\b",
    ),
    // Legal caution in crime reporting ("allegedly stole", "is alleged to have"): unproven accusation, so
    // flagged, but lower.
    cue(
        ContestedClaim,
        0.6,
        Plain,
        &["alleg"],
        r"\ballegedly\b|\b(?:is|are|was|were|been) (?:then |also |further )?alleged to\b",
    ),
    // "accused the board of hiding losses": an accusation reported, not a finding.
    cue(ContestedClaim, 0.7, Accuse, &["accus"], r"\baccus(?:e|es|ed|ing) (?:[a-z0-9'’.-]+ ){0,5}?of\b"),
    // ---- vague_source: attributed to unnamed groups or unspecified research.
    cue(
        VagueSource,
        0.7,
        UnnamedGroup,
        &[
            "critics",
            "opponents",
            "skeptics",
            "sceptics",
            "detractors",
            "supporters",
            "proponents",
            "observers",
            "commentators",
            "pundits",
            "experts",
            "scientists",
            "researchers",
            "economists",
            "analysts",
            "historians",
            "scholars",
            "people",
            "many",
            "some",
            "others",
            "most",
        ],
        r"\b(?:critics|opponents|skeptics|sceptics|detractors|supporters|proponents|observers|commentators|pundits|experts|scientists|researchers|economists|analysts|historians|scholars|people|many|some|others|most) (?:have |had |also |long |often |widely |now )?(?:say|said|argue|argued|claim|claimed|contend|believe|believed|think|thought|suggest|suggested|warn|warned|agree|fear|feared|point out|insist|allege|maintain|predict|speculate|speculated)\b|\b(?:critics|opponents|skeptics|sceptics|detractors|supporters|proponents|observers|commentators|pundits|experts|scientists|researchers|economists|analysts|historians|scholars|people|many|some|others|most) (?:will|would|might|may|could) (?:say|argue|find|agree|disagree|believe|think|point out|contend|object|counter)\b",
    ),
    // "critics of the plan say": only for nouns that name a camp; "most of the people say" is left alone.
    // (Split from the cue above: the words-between part is costly and "some"/"many" are everywhere.)
    cue(
        VagueSource,
        0.7,
        UnnamedGroup,
        &["critics", "opponents", "skeptics", "sceptics", "detractors", "supporters", "proponents"],
        concat!(
            r"\b(?:critics|opponents|skeptics|sceptics|detractors|supporters|proponents) of (?:",
            w!(),
            r"){1,4}?(?:have |had |also |long )?(?:say|said|argue|argued|claim|claimed|contend|believe|warn|warned|fear|feared|insist|allege|maintain)\b"
        ),
    ),
    cue(
        VagueSource,
        0.7,
        Plain,
        &[
            "believed",
            "thought",
            "said",
            "claim",
            "rumo",
            "argued",
            "understood",
            "feared",
            "suggested",
            "alleg",
            "speculated",
            "assumed",
            "felt",
            "held",
        ],
        r"\bit (?:is|was|has been|had been) (?:widely |generally |commonly |often |long |now |also )?(?:believed|thought|said|claimed|rumou?red|argued|understood|feared|suggested|alleged|speculated|assumed|felt|held)\b",
    ),
    cue(
        VagueSource,
        0.65,
        Plain,
        &["believed", "thought", "said", "rumo", "reputed", "understood", "reported"],
        // Past tense only with a "widely"-type adverb: "life was understood to be moral work" tells a story.
        r"\b(?:is|are|has been|have been) (?:widely |generally |commonly |often |also |largely |now )?(?:believed|thought|said|rumou?red|reputed|understood|reported) to\b|\b(?:was|were) (?:widely|generally|commonly|often|long) (?:believed|thought|said|rumou?red|reputed|understood|reported) to\b",
    ),
    cue(
        VagueSource,
        0.6,
        Plain,
        &["widely", "generally", "commonly", "largely", "often"],
        r"\b(?:is|are|was|were) (?:widely|generally|commonly|largely|often) (?:considered|regarded|seen|viewed|acknowledged|recognized|recognised|accepted|believed|thought|reported)\b",
    ),
    cue(
        VagueSource,
        0.65,
        UnnamedGroup,
        &["studies", "research", "science", "polls", "surveys", "reports"],
        r"\b(?:studies|research|science|polls|surveys|reports) (?:has |have )?(?:show|shows|shown|suggest|suggests|suggested|indicate|indicates|prove|proves|proven|find|finds|found|says)\b",
    ),
    cue(
        VagueSource,
        0.65,
        Plain,
        &["who", "have", "saying", "would", "knows", "those"],
        r"\b(?:those (?:in favou?r|opposed|against it|on the other side|on the left|on the right)(?: of [a-z-]+)? (?:have |had )?(?:said|say|argue|argued|claim|claimed|contend|insist|believe)|there are (?:those|some|many|people) who|(?:some|many|others) have (?:said|argued|suggested|claimed|speculated)|questions have been raised|(?:people|they) are saying|some would (?:say|argue)|many would (?:say|argue)|(?:everyone|everybody) knows)\b",
    ),
    cue(
        VagueSource,
        0.65,
        Plain,
        &["reports"],
        r"\b(?:according to|citing) (?:media |press |news |local |unconfirmed |some |other )?reports\b",
    ),
    // "reportedly", "reputedly": credited to reports or repute nobody names.
    cue(VagueSource, 0.6, Plain, &["reportedly", "reputedly"], r"\b(?:reportedly|reputedly)\b"),
    cue(
        VagueSource,
        0.6,
        Plain,
        &["amid"],
        r"\b(?:amid|amidst) (?:growing |widespread |persistent )?(?:speculation|rumou?rs|reports) that\b",
    ),
    cue(
        VagueSource,
        0.6,
        Plain,
        &["rumo", "unconfirmed"],
        r"\b(?:rumou?rs|unconfirmed reports) (?:suggest|suggested|say|said|claim|indicate|have emerged)\b",
    ),
    // "believed by many", "is considered as / to be": the judgement of nobody in particular.
    cue(
        VagueSource,
        0.6,
        Plain,
        &["believed", "thought", "considered", "regarded", "seen", "said", "described"],
        r"\b(?:believed|thought|considered|regarded|seen|said|described) by (?:many|some|most|others|critics|experts|scientists|historians|observers|scholars)\b|\b(?:is|are) (?:often |also |generally )?considered (?:as|to be|one of)\b",
    ),
    // Folklore and fears with no owner: "the story goes that", "legend has it", "raised fears that".
    cue(
        VagueSource,
        0.6,
        Plain,
        &["story", "legend", "raised", "raising", "sparked", "fuel", "prompted", "stoked"],
        r"\b(?:the story goes|legend has it|(?:raised|raising|sparked|fuell?ed|prompted|stoked) (?:fears|concerns|speculation|suspicions?) that)\b",
    ),
    // "according to health care workers": a group, not a body anyone can ask.
    cue(
        VagueSource,
        0.6,
        Plain,
        &["according"],
        r"\baccording to (?:some |many |several |local )?(?:[a-z-]+ ){0,2}?(?:experts|analysts|observers|critics|researchers|scientists|economists|workers|residents|witnesses|activists|advocates|commentators|insiders|historians)\b|\baccording to (?:one|some|an|other|several|many|recent) (?:estimates?|calculations?|counts?|tall(?:y|ies)|analys[ie]s)\b",
    ),
    // The writer guessing what people believe: "many voters might still believe", "readers may think".
    cue(
        Speculation,
        0.6,
        NotPersonal,
        &["might", "may"],
        r"\b(?:might|may) (?:still |well |also |even |now )?(?:believe|think|assume|suspect)\b",
    ),
    // "Officials say the project could pay for ...": which officials? (See `Check::BareOfficials`.)
    cue(
        VagueSource,
        0.6,
        BareOfficials,
        &["officials"],
        r"^(?:officials) (?:say|said|believe|believed|fear|feared|expect|expected|worry|are worried|were worried|are concerned|were concerned)\b",
    ),
    // ---- speculation: the writer's own forecast or inference, only with strong cues.
    cue(
        Speculation,
        0.65,
        Plain,
        &[
            "planning",
            "preparing",
            "plotting",
            "considering",
            "hiding",
            "secretly",
            "behind",
            "responsible",
            "involved",
            "linked",
            "connected",
            "tied",
        ],
        r"\b(?:may|might|could) (?:well |also |even |now |soon )?(?:be|have been) (?:planning|preparing|plotting|considering|hiding|secretly|behind|responsible for|involved in|linked to|connected to|tied to)\b",
    ),
    cue(Speculation, 0.55, NotThing, &["may", "might"], r"\b(?:may|might) (?:well )?be [a-z]+ing\b"),
    cue(
        Speculation,
        0.6,
        Plain,
        &["likely", "unlikely"],
        r"\b(?:is|are|was|were|seems|appears|looks|['’]s|['’]re) (?:very |highly |quite |increasingly |also |still |now )?(?:likely|unlikely) to\b",
    ),
    cue(
        Speculation,
        0.6,
        Plain,
        &["likely", "probably", "almost"],
        r"\b(?:will|would) (?:likely|probably|almost certainly)\b",
    ),
    // "probably" / "presumably" alone are the writer's register as often as a claim ("you probably think of
    // the mountains"): a feature, not a flag. The remaining words cast doubt on what follows.
    cue(Speculation, 0.45, Plain, &["probably", "presumably"], r"\b(?:probably|presumably)\b"),
    // ... but stated about what happened or what is ("was probably started", "probably because") it is a guess.
    cue(
        Speculation,
        0.55,
        Plain,
        &["probably", "presumably"],
        r"\b(?:was|were|is|are|had been|has been|have been) (?:probably|presumably)\b|\b(?:probably|presumably) (?:because|due to|caused|started|linked|the result)\b",
    ),
    cue(
        Speculation,
        0.55,
        NotAdjectival,
        // ("seemingly" is a hedge only: in corpus text it tells stories and reviews as often as it doubts.)
        &["supposedly", "purportedly", "ostensibly"],
        r"\b(?:supposedly|purportedly|ostensibly)\b",
    ),
    cue(
        Speculation,
        0.6,
        Plain,
        &[
            "possible",
            "probable",
            "likely",
            "conceivable",
            "plausible",
            "almost",
            "likelihood",
            "probability",
            "well",
            "every",
        ],
        r"\b(?:it (?:is|seems|appears) (?:possible|probable|likely|conceivable|plausible) that|almost certainly|in all likelihood|in all probability|may well|might well|could well|there is every (?:chance|possibility|likelihood))\b",
    ),
    cue(
        Speculation,
        0.55,
        NotNarrative,
        &["appear", "seem", "look"],
        r"\b(?:appears|appeared|seems|seemed) to (?:be|have|show|suggest|indicate)\b|\blooks? to be\b|\bit (?:appears|seems) (?:that|as if|as though)\b",
    ),
    // The writer's own impression: "it seems like", "it feels like", "it certainly looks like". Present tense
    // only ("it felt like" tells a story), and not about the writer ("it feels like I am missing something").
    cue(
        Speculation,
        0.6,
        NotAboutWriter,
        &["seem", "feel", "look"],
        r"\bit (?:(?:certainly|really|almost|often|sometimes|just|now|also|increasingly) )?(?:seems|feels|looks) like\b",
    ),
    // The writer's forecast of an effect: "the ruling may affect", "could turn on", "could potentially drive".
    // A hedge only: on corpus text outside the news set about half of these are advice, ability or technical
    // possibility ("robotic arms that could make coffee", "it might help to know the verb"), with or without
    // the learned model's confirmation (see tests/eval/news/README.md).
    cue(
        Speculation,
        0.45,
        Plain,
        &[],
        r"\b(?:may|might|could) (?:(?:potentially|conceivably) [a-z]+|(?:(?:well|also|even|eventually|soon|still|ultimately|one day|further|yet|in turn) )?(?:affect|make|lift|drive|turn on|help|hurt|harm|benefit|use|add|lead to|cause|spark|trigger|push|boost|raise|lower|reduce|increase|change|shift|cost|threaten|undermine|weaken|strengthen|derail|complicate|explain|mean|signal|reflect|prompt|fuel|force|jeopardi[sz]e|damage|worsen|improve|slow|delay|doom|decide|determine|tip|sway|have to do with|pave the way|open the door|backfire|encourage|discourage|deter|alienate|embolden|destabili[sz]e|disrupt|dampen|erode|limit|widen|deepen|exacerbate|spur|ease|offset|outweigh))\b",
    ),
    // "may have emerged" in science and feature writing is ordinary caution, not an unsupported claim.
    cue(Speculation, 0.45, Plain, &["may", "might"], r"\b(?:may|might) have (?:been )?[a-z]+(?:ed|en|wn)\b"),
    // ---- hedges (< 0.5): never flag news; WikiWeasel features. "could" and "may" alone are the classic
    // false alarms on news, so they sit here.
    cue(Speculation, 0.4, Plain, &[], r"\bcould (?:have )?(?:be|been)\b"),
    cue(
        Speculation,
        0.4,
        Plain,
        &[],
        r"\b(?:possibly|perhaps|maybe|apparently|conceivably|arguably|likely|unlikely|probable|possible)\b",
    ),
    cue(Speculation, 0.35, Plain, &[], r"\b(?:may|might)\b"),
    cue(Speculation, 0.3, Plain, &[], r"\bcould\b"),
    cue(
        Speculation,
        0.35,
        Plain,
        &[],
        r"\b(?:suggests?|suggested|suggesting|indicates?|indicating|implies|implying) (?:that )?\b",
    ),
    cue(Speculation, 0.35, Plain, &[], r"\b(?:appears?|appeared|seems?|seemed|tends? to|tended to)\b"),
    cue(
        Speculation,
        0.35,
        Plain,
        &[],
        r"\b(?:speculat(?:e|ed|ion|ive)|rumou?r(?:s|ed)?|unclear|uncertain|doubtful|hypothes(?:is|i[sz]ed))\b",
    ),
    cue(
        VagueSource,
        0.4,
        Plain,
        &[],
        r"\b(?:believed|thought) (?:to|that)\b|\b(?:believe|believes|claim|claims|claimed|allegations?|alleged)\b",
    ),
    cue(
        VagueSource,
        0.4,
        Plain,
        &[],
        r"\b(?:considered|regarded|viewed|seen|described|known) (?:as|by some|by many)\b|\bconsidered (?:to be |one |the )",
    ),
    cue(
        VagueSource,
        0.35,
        Plain,
        &[],
        r"\b(?:some|many|most|several|various|numerous|countless|certain|few|others|widely|often|commonly|generally|usually|typically|frequently|sometimes|largely|mostly|mainly)\b",
    ),
    // Peacock words: Wikipedia counts them as weasels; news flagging never sees them above 0.5.
    cue(
        VagueSource,
        0.35,
        Plain,
        &[],
        r"\b(?:one of the (?:most|best|greatest|largest|leading|top|few|first|finest|major|biggest|earliest|oldest)|notabl[ey]|famous|famously|renowned|well[- ]known|best[- ]known|acclaimed|legendary|prestigious|prominent|leading|popular|important|significant|major|influential|iconic|celebrated|respected|highly)\b",
    ),
];

/// Words that negate the cue right after them.
pub(crate) const NEGATORS: &[&str] = &["not", "never", "no", "nor", "hardly", "neither", "n't", "without"];

/// Subjects that make a claim verb a vague source ("critics claim") or an anonymous one ("sources claim");
/// those patterns catch them, so the contested check steps aside.
pub(crate) const GROUP_SUBJECTS: &[&str] = &[
    "some",
    "many",
    "critics",
    "others",
    "opponents",
    "skeptics",
    "sceptics",
    "detractors",
    "supporters",
    "people",
    "experts",
    "observers",
    "sources",
    "insiders",
    "is",
    "was",
    "been",
    "are",
    "were",
    "be",
];

/// Words before "claims"/"alleged" that make it a noun or adjective, not a speaker's verb
/// ("jobless claims rose", "the alleged attack").
pub(crate) const NOUN_MARKERS: &[&str] = &[
    "jobless",
    "unemployment",
    "insurance",
    "benefit",
    "benefits",
    "initial",
    "continuing",
    "tax",
    "injury",
    "damage",
    "damages",
    "land",
    "territorial",
    "legal",
    "pending",
    "the",
    "these",
    "those",
    "such",
    "similar",
    "its",
    "their",
    "his",
    "her",
    "my",
    "our",
    "your",
    "of",
    "over",
    "about",
    "to",
    "false",
    "a",
    "an",
    "any",
    "all",
    "new",
    "and",
    "for",
    "by",
    "against",
    "two",
    "three",
    "several",
    "many",
    "fraudulent",
    "disability",
    "compensation",
    "patent",
    "liability",
    "warranty",
    "copyright",
    "trademark",
    "refund",
    "asylum",
    "expense",
    "medical",
    "health",
    "fraud",
];

/// Verbs of denial: "denied claims that" is the denial of somebody's claim, not a claim.
pub(crate) const DENIALS: &[&str] =
    &["denied", "deny", "denies", "rejected", "rejects", "dismissed", "dismisses", "refuted", "disputed"];

/// Subjects that turn a claim verb into legal process ("the lawsuit alleges"): still an unproven allegation,
/// so still flagged, but scored lower and explained as a filing, not a finding.
pub(crate) const LEGAL_SUBJECTS: &[&str] = &[
    "lawsuit",
    "suit",
    "complaint",
    "indictment",
    "prosecutors",
    "prosecution",
    "filing",
    "petition",
    "charges",
    "plaintiff",
    "plaintiffs",
    "affidavit",
    "documents",
    "papers",
    "charge",
    "police",
    "authorities",
    "claimant",
];

/// Determiners that point at a group already named in the article ("the researchers said").
pub(crate) const SPECIFIC_DETERMINERS: &[&str] =
    &["the", "these", "those", "its", "their", "his", "her", "our", "both", "all"];

/// What may follow a claim verb and make it neutral: "claimed responsibility", "claimed three lives",
/// "insisted on a recount", "asserted control".
pub(crate) const CLAIM_OBJECT_EXCEPTIONS: &str = r"^\s*(?:responsibility|credit|victory|the (?:title|lives?|seat|prize|crown|trophy|record|win|throne|top|championship|mantle)|(?:at least |more than |over |nearly |about |some |almost )?(?:[0-9][0-9,]*|two|three|four|five|six|seven|eight|nine|ten|dozens of|hundreds of|thousands of) (?:lives|people|victims)|lives|(?:a|his|her|their|its) (?:seat|title|record|win|victory|medal|place|share|stake|spot|prize)|gold|silver|bronze|asylum|benefits|compensation|damages|ownership|sovereignty|control|authority|dominance|power|itself|himself|herself|themselves|the (?:lives|life) of)";

/// Neutral reporting: with one of these in the sentence, a speculation cue belongs to the quoted speaker.
/// "states" and "estimates" count only before "that": as nouns ("the first two states") they are everywhere.
pub(crate) const ATTRIBUTION: &str = r"\b(?:said|says|say|told|tells|stated|states that|announced|wrote|writes|tweeted|posted|explained|added|noted|warned|predicted|forecast|estimated|estimates that|according to|confirmed|testified|argued|cautioned|projected)\b";

/// The lead-in of a named source: "according to", "a study published in", "experts at". Matched on the
/// lowercased sentence; the scorer then requires a capital letter (or a year and a capital) right after it in
/// the original text: "according to the Office for National Statistics" counts, "according to sources" not.
pub(crate) const NAMED_SOURCE_LEAD: &str = r"\b(?:according to|(?:study|research|report|survey|poll|paper|analysis|review|data|figures|statistics|estimates?|count|calculations?|tally) (?:by|from|published in|published by|in|at|led by|conducted by|commissioned by|released by|of)|(?:experts?|researchers|scientists|analysts|economists) (?:at|from|with)) (?:the )?";

/// Counts before "people said": a handful of identified witnesses, not a vague crowd.
pub(crate) const COUNTS: &[&str] = &["a", "one", "two", "three", "four", "five", "six", "several", "few"];
