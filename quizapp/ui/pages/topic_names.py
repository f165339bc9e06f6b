"""Readable, translatable names for the topic tags of the bundled banks.

Tags are slugs in every language of a bank ("romance-grooming"), so that
progress carries over between languages; this is where they get words. A
tag not listed here (from a user's bank) is shown with its dashes made
spaces, and can still be translated in the "Topic" context.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

TOPIC_NAMES: dict[str, str] = {
    "agencies": QT_TRANSLATE_NOOP("Topic", "Agencies"),
    "at-home": QT_TRANSLATE_NOOP("Topic", "Trafficking at home"),
    "belarus": QT_TRANSLATE_NOOP("Topic", "Belarus"),
    "blue-heart": QT_TRANSLATE_NOOP("Topic", "Blue Heart Campaign"),
    "boys-and-men": QT_TRANSLATE_NOOP("Topic", "Boys and men"),
    "briefing": QT_TRANSLATE_NOOP("Topic", "The 2018 briefing"),
    "camp": QT_TRANSLATE_NOOP("Topic", "The summer camp"),
    "campaign": QT_TRANSLATE_NOOP("Topic", "Campaigns"),
    "checking-offers": QT_TRANSLATE_NOOP("Topic", "Checking offers"),
    "children": QT_TRANSLATE_NOOP("Topic", "Children"),
    "consent": QT_TRANSLATE_NOOP("Topic", "Consent"),
    "contracts": QT_TRANSLATE_NOOP("Topic", "Contracts"),
    "council-of-europe": QT_TRANSLATE_NOOP("Topic", "Council of Europe"),
    "debt": QT_TRANSLATE_NOOP("Topic", "Debt"),
    "debt-bondage": QT_TRANSLATE_NOOP("Topic", "Debt bondage"),
    "deception": QT_TRANSLATE_NOOP("Topic", "Deception"),
    "definition": QT_TRANSLATE_NOOP("Topic", "What trafficking is"),
    "definitions": QT_TRANSLATE_NOOP("Topic", "Words and meanings"),
    "dialogue": QT_TRANSLATE_NOOP("Topic", "Dialogue at the UN"),
    "documents": QT_TRANSLATE_NOOP("Topic", "Passports and documents"),
    "fees": QT_TRANSLATE_NOOP("Topic", "Recruitment fees"),
    "forced-criminality": QT_TRANSLATE_NOOP("Topic", "Forced criminality"),
    "forced-labour": QT_TRANSLATE_NOOP("Topic", "Forced labour"),
    "greta": QT_TRANSLATE_NOOP("Topic", "GRETA"),
    "grooming": QT_TRANSLATE_NOOP("Topic", "Grooming"),
    "help-lines": QT_TRANSLATE_NOOP("Topic", "Help lines"),
    "helping-a-friend": QT_TRANSLATE_NOOP("Topic", "Helping a friend"),
    "hunting-fishing": QT_TRANSLATE_NOOP("Topic", "Hunting and fishing online"),
    "if-things-go-wrong": QT_TRANSLATE_NOOP("Topic", "If things go wrong"),
    "intimidation": QT_TRANSLATE_NOOP("Topic", "Intimidation"),
    "iom": QT_TRANSLATE_NOOP("Topic", "IOM"),
    "isolation": QT_TRANSLATE_NOOP("Topic", "Isolation"),
    "job-offers": QT_TRANSLATE_NOOP("Topic", "Job offers"),
    "jobs-abroad": QT_TRANSLATE_NOOP("Topic", "Jobs abroad"),
    "labour-exploitation": QT_TRANSLATE_NOOP("Topic", "Labour exploitation"),
    "loverboy": QT_TRANSLATE_NOOP("Topic", "The loverboy trick"),
    "modelling": QT_TRANSLATE_NOOP("Topic", "Modelling offers"),
    "money": QT_TRANSLATE_NOOP("Topic", "Money"),
    "money-documents": QT_TRANSLATE_NOOP("Topic", "Money and documents"),
    "myths": QT_TRANSLATE_NOOP("Topic", "Myths"),
    "not-your-fault": QT_TRANSLATE_NOOP("Topic", "Not your fault"),
    "online": QT_TRANSLATE_NOOP("Topic", "Online"),
    "palermo": QT_TRANSLATE_NOOP("Topic", "Palermo Protocol"),
    "recruitment": QT_TRANSLATE_NOOP("Topic", "Recruitment"),
    "red-flags": QT_TRANSLATE_NOOP("Topic", "Red flags"),
    "relationships": QT_TRANSLATE_NOOP("Topic", "Relationships"),
    "resolution": QT_TRANSLATE_NOOP("Topic", "UN resolutions"),
    "responsibility": QT_TRANSLATE_NOOP("Topic", "Whose responsibility"),
    "romance-grooming": QT_TRANSLATE_NOOP("Topic", "Romance and grooming"),
    "scam-centres": QT_TRANSLATE_NOOP("Topic", "Scam centres"),
    "sextortion": QT_TRANSLATE_NOOP("Topic", "Sextortion"),
    "sharing": QT_TRANSLATE_NOOP("Topic", "Sharing what you know"),
    "smuggling": QT_TRANSLATE_NOOP("Topic", "Smuggling"),
    "social-media": QT_TRANSLATE_NOOP("Topic", "Social media"),
    "statistics": QT_TRANSLATE_NOOP("Topic", "Facts and figures"),
    "study-au-pair": QT_TRANSLATE_NOOP("Topic", "Study and au pair offers"),
    "take-it-down": QT_TRANSLATE_NOOP("Topic", "Take It Down"),
    "timeline": QT_TRANSLATE_NOOP("Topic", "Timeline"),
    "travel-plan": QT_TRANSLATE_NOOP("Topic", "A safe travel plan"),
    "trusted-adults": QT_TRANSLATE_NOOP("Topic", "Trusted adults"),
    "un": QT_TRANSLATE_NOOP("Topic", "The UN"),
    "unodc": QT_TRANSLATE_NOOP("Topic", "UNODC"),
    "vulnerability": QT_TRANSLATE_NOOP("Topic", "Who is at risk"),
    "wages": QT_TRANSLATE_NOOP("Topic", "Wages"),
    "who-is-targeted": QT_TRANSLATE_NOOP("Topic", "Who is targeted"),
    "world-day": QT_TRANSLATE_NOOP("Topic", "World Day"),
    "young-people": QT_TRANSLATE_NOOP("Topic", "Young people"),
}


def topic_name(tag: str) -> str:
    """A tag in words, in the interface language."""
    source = TOPIC_NAMES.get(tag)
    if source is None:
        words = " ".join(tag.replace("_", "-").split("-")).strip() or tag
        source = words[:1].upper() + words[1:]
    return QCoreApplication.translate("Topic", source)
