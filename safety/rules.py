"""The rules classifier: regular expressions per category (including common jailbreak phrasings), and
detectors of personal data (emails, phone numbers, SSNs, payment cards checked with Luhn) in outputs.

Patterns are deliberately narrow: they match phrasings that ask for or deliver harm, not words that merely
mention it, so that medical, historical, fictional and security-education text passes. The trained
classifier covers what the patterns miss.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping, Sequence

from safety.classifier import Classifier
from safety.verdict import Verdict

try:  # Google's RE2: every pattern in one pass over the text, in linear time
    import re2
except ImportError:  # pragma: no cover - a machine without its wheel checks pattern by pattern
    re2 = None

log = logging.getLogger(__name__)

# People a text can be aimed at: protected groups for hate, individuals for harassment and violence.
_GROUP = (
    r"(muslims?|jews?|jewish people|black people|blacks|africans|arabs|asians|chinese( people)?|mexicans|"
    r"hispanics?|latinos?|immigrants|refugees|foreigners|roma|gypsies|gays?|gay people|lesbians|homosexuals|"
    r"trans(gender)? people|women|christians|indians|whites|white people|disabled people|the disabled|"
    r"(non-whites?|minorities|those people))"
)
_DEHUMANIZING = (
    r"(vermin|animals|subhuman|parasites|a disease|a cancer|a plague|rats|apes|cockroaches|degenerates|"
    r"freaks|inferior|genetically (less|inferior)|less intelligent|born (thieves|criminals)|dirty|terrorists|"
    r"evil by nature|too stupid|useless eaters|brainwashed idiots|lazy criminals|perverts|disgusting)"
)
_PERSON = (
    r"(him|her|them|someone|somebody|a person|people|my (wife|husband|ex|neighbou?r|boss|stepfather|father|"
    r"mother|brother|sister|roommate|coworker|colleague|teacher|classmate|girlfriend|boyfriend)|the (girl|boy|"
    r"woman|man|mayor|president|protesters|other guy)|(a|the) (prisoner|child|kid)|immigrants|his|her)"
)
_INTENT = r"(how (do|can|could|should) i|how to|help me|best way to|easiest way to|i (want|need) to|i('m| am) going to|plan (a|to)|tell me how to|show me how to|teach me (how )?to|give me (ideas|a plan|a way|step)|ways? to)"
_MINOR = (
    r"(child(ren)?|kids?|minors?|underage|under-age|little (girl|boy)s?|young (girl|boy|child)s?|"
    r"(1[0-7]|[1-9]|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)[- ]?(year|yr)[- ]?olds?|"
    r"middle[- ]schoolers?|pre-?teens?|teenage (girl|boy)s?|lolita|young daughter|young son|schoolgirls?)"
)
_SEXUAL = (
    r"(sex|sexual(ly)?|sexy|erotic(a)?|explicit|porn(ographic)?|nudes?|naked|undress(es|ed)?|sext(ing)?|"
    r"talk dirty|dirty talk|aroused|orgasm|intercourse|molest\w*|fondl\w*|touched her in a sexual way)"
)

DEFAULT_PATTERNS: dict[str, tuple[str, ...]] = {
    "hate": (
        rf"\b{_GROUP}\b.{{0,40}}\b(are|is|were)\b.{{0,20}}\b{_DEHUMANIZING}\b",
        rf"\b{_DEHUMANIZING}\b.{{0,30}}\b{_GROUP}\b",
        rf"\b{_GROUP}\b.{{0,60}}\b(should|must|need to|deserve to) (all )?(be )?(exterminated|wiped out|purged|"
        r"driven out|removed|expelled|deported|locked up|gassed|killed|beaten|banned)\b",
        r"\b(exterminat\w+|purg\w+|cleans\w+|genocide|replaced by)\b.{0,40}\b(race|races|ethnic|minority|"
        r"non-whites?|inferior|foreigners)\b",
        r"\b(slurs?|racist jokes?)\b.{0,40}\b(against|about|for|to call)\b",
        rf"\b(call|calling|calls)\b.{{0,10}}\b{_GROUP}\b.{{0,10}}\b{_DEHUMANIZING}\b",
        rf"\b{_GROUP}\b (are|is) too \w+( and \w+)? to (be allowed|vote|lead|think)\b",
        r"\b(holocaust victims|victims of the holocaust)\b.{0,40}\b(deserved|had it coming)\b",
    ),
    "harassment": (
        r"\b(you('| a)re|you are|she is|he is|she's|he's) (a |an |such a )?(pathetic|worthless|ugly|stupid|fat|"
        r"useless|disgusting)( \w+)?\b.{0,40}\b(loser|cow|pig|idiot|nobody|freak|waste)\b",
        r"\b(you|she|he) should (just )?(go )?(die|disappear)\b",
        r"\bshould (just )?(go )?kill (yourself|herself|himself|themselves)\b",
        r"\byou (fat|ugly|stupid|worthless|pathetic|disgusting) (pig|cow|loser|idiot|freak|slob)\b",
        r"\b(kill yourself|kys)\b",
        r"\bi know where (you|she|he) lives?\b",
        # Within one sentence: "thrilling and intimidating. The first thing" is no threat.
        r"\b(humiliat\w+|embarrass\w*|bully\w*|harass\w*|torment\w*|intimidat\w+)\b[^.!?\n]{0,40}"
        r"\b(my|the|this|her|him|them|until)\b",
        r"\b(insults?|mean nicknames|hurtful (things|insults)|names)\b.{0,50}\b(post|shout|use|send|call)\b.{0,40}"
        r"\b(her|him|them|my|on|at)\b",
        r"\b(start|spread) (a )?rumou?rs?\b",
        r"\bmakes? (him|her|them|my( \w+){1,2}) (cry|feel (worthless|stupid|unwanted|ugly)|miserable|suffer)\b",
        r"\b(mock|mocking|ridicul\w+)\b.{0,30}\b(my|her|his|the)\b.{0,20}\b(coworker|colleague|classmate|teacher|"
        r"neighbou?r|sister|brother|stutter|weight)\b",
        r"\binsults?\b.{0,30}\babout (his|her|their)\b",
        r"\beveryone (hates|laughs at) (you|her|him)\b",
        r"\bnobody (will ever love|wants) you\b",
    ),
    "self-harm": (
        r"\b(kill|hurt|cut|burn|starve|shoot|hang|poison) (myself|yourself)\b",
        r"\b(end|take) (my|your) (own )?life\b",
        r"\b(end it all|suicide note)\b",
        r"\b(painless|quickest|easiest|best|surest|fastest) (way|method)s? to (die|end it)\b",
        r"\b(overdose|od) on (my|your)\b",
        r"\bhow many (of )?(my |these |the )?\w*\s?(pills|tablets)\b.{0,40}\b(die|not wake up|kill|lethal|overdose)\b",
        r"\b(pro-?ana|thinspo)\b",
        r"\bhow long (it takes|does it take) to die\b",
        r"\bmake (myself|yourself) (throw up|vomit|purge)\b",
        r"\bpurge after (every )?meals?\b",
        r"\b(hide|hiding) the (cuts|scars|marks|burns)\b",
        r"\b(slit|cut) my wrists\b",
        r"\btake all (of )?your pills\b",
        r"\bjump(ing)? from\b.{0,40}\b(and be sure to die|definitely be fatal|to die)\b",
        r"\b(less than|under) [1-7]00 calories a day\b",
        r"\b(so i can|in order to|want to) (die|waste away)\b",
    ),
    "sexual": (
        rf"\b(explicit|graphic|pornographic|hardcore|steamy|dirty)\b.{{0,40}}\b{_SEXUAL}\b",
        r"\bsexually explicit\b|\berotic (scene|story|roleplay|massage)\b|\btouching (yourself|myself)\b",
        r"\b(sex scene|sex chat|erotica|smut|porn(ographic)? (story|scene)|lap dance|threesome|oral sex|"
        r"sexting script)\b",
        r"\b(cock|pussy|fucked|fingered|stroking himself|his hard|her breasts|came hard|blowjob)\b",
        r"\b(strip you naked|naked body|took (him|her) in (his|her) mouth|unbutton my uniform)\b",
    ),
    "sexual/minors": (
        rf"\b{_SEXUAL}\b.{{0,60}}\b{_MINOR}\b",
        rf"\b{_MINOR}\b.{{0,60}}\b{_SEXUAL}\b",
        r"\bgroom\w* (a |the )?(child|kid|minor|girl|boy)\b.{0,60}\b(sex|meet|trust)\b",
    ),
    "violence": (
        rf"\b{_INTENT}\b.{{0,40}}\b(kill|murder|stab|strangle|choke|poison|shoot|beat( up)?|torture|kidnap|"
        rf"assassinate|attack|hurt|injure|run over|break|burn|skin|maim)\b.{{0,30}}\b{_PERSON}\b",
        r"\b(stab|shoot|strangle|hit|beat) (him|her|them|someone) (in the (neck|head|heart|stomach)|from behind|"
        r"until (he|she|they) stops?)\b",
        r"\b(where|how) (should|do|can) i (stab|shoot|hit|strangle) (someone|him|her|people)\b",
        r"\bset\b.{0,40}\b(on fire|alight|ablaze)\b.{0,40}\b(while (she|he|they)('s| is| are)? (asleep|sleeping|inside))\b",
        r"\b(drive|steer|ram) (your|my|the) (truck|car|van)\b.{0,30}\b(into|through) (the )?(crowd|protesters|people)\b",
        r"\b(bruises|marks) (won't|don't|wont|dont) show\b",
        r"\b(poison|kill|hurt) my (neighbou?r's )?(husband|wife|dog|cat|boss)\b",
        r"\b(skin|torture) (a )?live (cat|dog|animal)\b",
        r"\bmake it (look|seem) like (an accident|natural)\b",
        r"\b(school|mass) shooting\b.{0,40}\b(plan|revenge|help)\b|\b(plan|help me plan) a shooting\b",
        r"\bcut him slowly\b|\buntil he stops moving\b",
        r"\bwhile (she|he|they)('s| is| are) (asleep|sleeping)\b.{0,40}\b(set|light)\b.{0,30}\bon fire\b",
        r"\b(grab|snatch|push|drag)\b (the |her |him )?(girl|boy|child|her|him)\b.{0,40}\b(van|car|trunk)\b",
    ),
    "illicit/weapons": (
        r"\b(make|making|build|building|assembl\w+|synthesi[sz]\w+|cook\w*|produc\w+|extract\w*|manufactur\w+|"
        r"creat\w+|get|recipe for)\b.{0,40}"
        r"\b(pipe ?bombs?|bombs?|explosives?|ieds?|nerve agents?|sarin|ricin|vx|meth(amphetamine)?|fentanyl|"
        r"thermite|napalm|molotov( cocktail)?s?|silencers?|suppressors?|ghost guns?|untraceable (gun|firearm)s?)\b",
        r"\b(convert|turn|modify)\b.{0,40}\b(full(y)?[- ]auto(matic)?|automatic fire)\b",
        r"\b(write|code|create|build|make|develop)\b.{0,30}\b(ransomware|keylogger|malware|virus|trojan|"
        r"spyware|phishing (email|page|site))\b",
        r"\b(hack|break) into\b.{0,30}\b(my|his|her|their|someone's|an?|the)\b.{0,20}\b(account|email|phone|"
        r"instagram|facebook|computer|wifi)\b",
        r"\b(clone|skim) credit cards?\b|\bskimmer\b",
        r"\blaunder\w*\b.{0,20}\bmoney\b",
        r"\b(shoplift|smuggle|hotwire)\w*\b",
        r"\bsteal\w*\b.{0,30}\b(car|credit card|identity|passwords?)\b",
        r"\b(buy|sell)\b.{0,30}\b(stolen credit card|stolen cards|drugs) .{0,20}\b(dark ?web|without)\b",
        r"\b(sql injection payload|dump the user table)\b",
        r"\b(sell|grow|deal)\w*\b.{0,40}\b(drugs|mushrooms|cocaine|weed|heroin|pills)\b.{0,40}\b(without|police|caught)\b",
        r"\bhere is the ransomware code\b|\bfake login page\b",
    ),
    "jailbreak": (
        r"\b(ignore|disregard|forget|override)\b.{0,15}\b(all |any )?(of )?(your |the |my )?(previous|prior|above|"
        r"earlier|preceding|system|original)\b.{0,15}\b(instructions|rules|directions|prompts?|guidelines|"
        r"messages?)\b",
        r"\b(ignore|disregard|override) (your|all|the) (safety|content|system) ?(training|policy|policies|"
        r"filters?|rules|instructions|prompt)\b",
        r"\bforget everything (you were|you've been|i) (told|said)\b",
        r"\byou are (now )?(dan|stan|aim|evilbot)\b|\bdo anything now\b|\b(dan|stan|developer|jailbreak|debug) "
        r"mode (on|enabled|activated)\b|\benable (developer|jailbreak|dan) mode\b",
        r"\b(no|without( any)?|free from( all)?|freed from the)\b.{0,20}\b(rules|restrictions|filters|"
        r"guidelines|content polic(y|ies)|ethic(s|al)|moral(s)?|laws|limits|confines)\b.{0,80}\b(answer|respond|comply|"
        r"do anything|say anything|never refuse|tell|ask)\b",
        r"\b(pretend|act as if|imagine)\b.{0,20}\byou have no (rules|restrictions|guidelines|filters)\b",
        r"\b(reveal|print|show|output|repeat|tell me)\b.{0,20}\b(your|the)\b.{0,20}\b(system (prompt|message)|"
        r"hidden instructions|confidential instructions|initial instructions|configuration)\b",
        r"\b(safety filters?|content policy|restrictions?) (are |is )?(now )?(disabled|removed|off|turned off)\b",
        r"\bstay in character no matter what\b|\bnever refuses?\b|\bi have been pwned\b|\bsay that you have been pwned\b",
        r"\b(deceased|dead|late) grandmother who used to\b",
        r"\bhere is my system prompt\b",
        r"\b(i am|i'm) (now )?(an? )?(unfiltered|unrestricted|uncensored) (ai|assistant|model)\b",
    ),
    "pii": (
        r"\b[a-z]+'s (personal |private |current |home )*(cell ?phone number|phone number|home address|address|"
        r"email( address)?|ssn|social security number)\b",
        r"\b(home address(es)?|phone numbers?|cell (phone )?number|social security number|ssn|passport number|"
        r"medical records?|bank account( number)?|date of birth|ip address|daily (schedule|routine)|"
        r"email address and password)\b.{0,40}\b(of|for)\b (my |this |the |that |everyone )?(ex|neighbou?r|"
        r"coworker|colleague|landlord|wife|husband|girlfriend|boyfriend|boss|patient|person|user|judges?|ceo|"
        r"([a-z]+ ){1,3}(who|born|at))\b",
        r"\b(dox|doxx)\b (this|him|her|them|the)\b",
        r"\b(track|find|look up|locate)\b.{0,30}\b(where|location of)\b.{0,30}\b(my ex|she|he|my wife|"
        r"my husband|this (phone|person|user))\b",
        r"\b(compile|build) a (profile|dossier) on\b",
        r"\b(credit card numbers|passwords?) (stored|kept|in) (in )?your training data\b",
    ),
}

# Personal data in model output (a leak). Reserved example domains (RFC 2606) and fictional 555 numbers
# are documentation, not data; toll-free numbers are public lines (helplines, businesses), not a person's.
_DIGIT_OR_AT = re.compile(r"[\d@]")
_EMAIL = re.compile(r"\b[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+\.)+[A-Za-z]{2,}\b")
_EXAMPLE_EMAIL = re.compile(r"@([A-Za-z0-9-]+\.)*(example\.(com|org|net)|[A-Za-z0-9-]+\.(test|invalid|example))$",
                            re.IGNORECASE)
# A North American number: neither its area code nor its exchange begins with 0 or 1.
_PHONE = re.compile(r"(?<!\d)(\+?1[ .-]?)?\(?([2-9]\d{2})\)?[ .-]?([2-9]\d{2})[ .-](\d{4})(?!\d)")
_TOLL_FREE = frozenset({"800", "833", "844", "855", "866", "877", "888"})
_SSN = re.compile(r"(?<!\d)(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?!\d)")
# 13 to 19 digits, spaces or dashes between them, not part of a longer number or of a decimal fraction, led by a
# payment network's industry digit (ISO/IEC 7812: 2 and 5 Mastercard, 3 American Express, Diners and JCB, 4
# Visa, 6 Discover, UnionPay and Maestro). A run of zeros passes Luhn, and a model that loses its way in a
# conversion writes one ("1000000000000.0000000000000000"): such numbers are no one's card.
_CARD = re.compile(r"(?<!\d)(?<!\d[.,])[2-6]([ -]?\d){12,18}(?!\d)(?![.,]\d)")
_LABELLED_ID = re.compile(r"\b(passport|account|routing|driver'?s licen[cs]e)( number| no\.?)?( is|:)? ?[A-Z]?\d{6,}\b",
                          re.IGNORECASE)
_STREET_ADDRESS = re.compile(r"\b(lives?|living|home address is|address is)\b.{0,20}\b\d{1,5} [A-Z][a-z]+ "
                             r"(Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Dr|Boulevard|Blvd|Court|Ct)\b")

# Scores of each personal-data detector: an email or a phone number may be a business contact, so they
# score below the identifiers that are always personal; a pii threshold above 0.9 ignores them.
PII_DETECTOR_SCORES = {"email": 0.9, "phone": 0.9, "address": 0.95, "ssn": 1.0, "card": 1.0, "identifier": 1.0}


def luhn_valid(digits: str) -> bool:
    """Whether ``digits`` passes the Luhn checksum that payment card numbers carry."""
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def personal_data(text: str) -> dict[str, list[str]]:
    """The personal data found in ``text``, by kind (email, phone, ssn, card, identifier, address)."""
    found: dict[str, list[str]] = {}
    if not _DIGIT_OR_AT.search(text):
        return found  # every detector below needs a digit, or an @ for an email
    for match in _EMAIL.finditer(text):
        if not _EXAMPLE_EMAIL.search(match.group(0)):
            found.setdefault("email", []).append(match.group(0))
    for match in _SSN.finditer(text):
        found.setdefault("ssn", []).append(match.group(0))
    for match in _CARD.finditer(text):
        digits = re.sub(r"\D", "", match.group(0))
        if 13 <= len(digits) <= 19 and luhn_valid(digits):
            found.setdefault("card", []).append(match.group(0))
    for match in _PHONE.finditer(text):
        area, exchange, line = match.group(2), match.group(3), match.group(4)
        fictional = area == "555" or (exchange == "555" and line.startswith("01"))
        if not fictional and area not in _TOLL_FREE and match.group(0) not in " ".join(found.get("ssn", []) + found.get("card", [])):
            found.setdefault("phone", []).append(match.group(0))
    for match in _LABELLED_ID.finditer(text):
        found.setdefault("identifier", []).append(match.group(0))
    for match in _STREET_ADDRESS.finditer(text):
        found.setdefault("address", []).append(match.group(0))
    return found


class RulesClassifier(Classifier):
    """Scores 1.0 for a category when one of its patterns matches, else 0.0.

    The built-in patterns describe requests ("how do I make a bomb"), so they judge prompts (and texts sent
    to /v1/moderations); on output (``context`` given) they would mostly match the answers that name a
    harm to decline it or to warn of it. Output is searched for the policy's ``extra_patterns`` and for
    personal data: the ``pii`` score is the highest score of the personal data found. ``builtin`` says
    which categories' built-in patterns are searched: all (True), none (False) or those listed; the
    ``extra_patterns`` and, on output, the personal data detectors are searched either way.

    With ``document_words`` a text judged alone of more than that many words (a pasted document) is searched
    for the policy's ``extra_patterns`` only: a document is not a request, and the request patterns matched
    what documents describe (a school's safeguarding policy, a sex education outline) far more often than a
    harmful request the trained classifier missed in one (docs/safety.md)."""

    name = "rules"

    def __init__(self, patterns: Mapping[str, Sequence[str]] | None = None,
                 extra_patterns: Mapping[str, Sequence[str]] | None = None, *,
                 builtin: bool | Sequence[str] = True, document_words: int = 0) -> None:
        base = DEFAULT_PATTERNS if patterns is None else patterns
        if builtin is not True:
            base = {c: p for c, p in base.items() if builtin and c in builtin}
        merged = {c: list(p) for c, p in base.items()}
        for category, expressions in (extra_patterns or {}).items():
            merged.setdefault(category, []).extend(expressions)
        self._categories = tuple(merged)
        self._requests = _Patterns(merged)
        self._extra = _Patterns({c: list(p) for c, p in (extra_patterns or {}).items() if p})
        self.document_words = document_words

    def matching_categories(self, text: str, *, output: bool = False) -> set[str]:
        """The categories with at least one pattern found in ``text``: every pattern, or with ``output``
        (or for a document, a text longer than ``document_words``) only the policy's extra patterns."""
        if output or (self.document_words and _more_words_than(text, self.document_words)):
            return self._extra.found(text)
        return self._requests.found(text)

    def classify(self, text: str, context: str | None = None) -> Verdict:
        found = self.matching_categories(text, output=context is not None)
        scores = {category: 1.0 if category in found else 0.0 for category in self._categories}
        if context is not None:
            leaked = personal_data(text)
            if leaked:
                scores["pii"] = max(scores.get("pii", 0.0), *(PII_DETECTOR_SCORES[kind] for kind in leaked))
        return Verdict.from_scores(scores)


def _more_words_than(text: str, words: int) -> bool:
    """Whether ``text`` has more than ``words`` words, without splitting a long text whole."""
    count = 0
    for _ in re.finditer(r"\S+", text):
        count += 1
        if count > words:
            return True
    return False


class _Patterns:
    """Patterns by category, searched together: one pass of an RE2 set over ASCII text, Python's re for
    the rest and for patterns RE2 cannot take."""

    def __init__(self, expressions: Mapping[str, Sequence[str]]) -> None:
        self.compiled = {category: [re.compile(p, re.IGNORECASE | re.DOTALL) for p in patterns]
                         for category, patterns in expressions.items()}
        self.set, self.set_categories, self.outside = _pattern_set(self.compiled)

    def found(self, text: str) -> set[str]:
        """The categories with at least one pattern found in ``text``."""
        if not self.compiled:
            return set()
        if self.set is not None and text.isascii():
            # On ASCII text RE2 and Python's re agree on these patterns (\b, \w, case folding differ only
            # beyond ASCII), so one pass of the set answers for every pattern it holds.
            found = {self.set_categories[index] for index in self.set.Match(text) or ()}
            return found | {c for c, patterns in self.outside.items()
                            if c not in found and any(p.search(text) for p in patterns)}
        return {c for c, patterns in self.compiled.items() if any(p.search(text) for p in patterns)}


def _pattern_set(compiled: Mapping[str, Sequence[re.Pattern]]):
    """An RE2 set of every pattern it can compile (with the category of each, by index), and the patterns
    it cannot take (lookarounds, backreferences: a policy's extra patterns may use them), which are
    searched with Python's re. Without RE2 (or with no pattern it takes): no set, and the classifier
    searches every pattern with Python's re."""
    if re2 is None:
        log.warning("google-re2 is not installed: the rules are searched one pattern at a time")
        return None, [], {}
    options = re2.Options()
    options.case_sensitive = False
    options.dot_nl = True
    options.log_errors = False
    pattern_set = re2.Set.SearchSet(options)
    categories: list[str] = []
    outside: dict[str, list[re.Pattern]] = {}
    for category, patterns in compiled.items():
        for pattern in patterns:
            try:
                pattern_set.Add(pattern.pattern)
            except re2.error:
                outside.setdefault(category, []).append(pattern)
            else:
                categories.append(category)
    if not categories:
        return None, [], outside
    pattern_set.Compile()
    return pattern_set, categories, outside
