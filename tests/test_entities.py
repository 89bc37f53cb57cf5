"""Registry entries the draft proposes (generator.authoring.entities): issue 21's cases, each in a sentence in
the style of a real article."""

from __future__ import annotations

from generator.authoring.entities import propose
from generator.inputs.schema import Actor
from generator.vocabulary import ActorKind

KNOWN = [Actor.model_validate({"id": "okafor", "name": "Tom Okafor", "kind": "person", "standing": "other"})]


def _with_harbourline() -> list[Actor]:
    """The registry with a body named by one word beside Tom Okafor."""
    harbourline = {"id": "harbourline", "name": "Harbourline", "kind": "organisation", "standing": "other"}
    return [*KNOWN, Actor.model_validate(harbourline)]


def _names(body: str) -> list[str]:
    return [p.name for p in propose(body, KNOWN)]


def test_a_possessive_is_not_part_of_a_name() -> None:
    assert _names("Ana Ferreira's office said it would wait. Ana Ferreira spoke later.\n") == ["Ana Ferreira"]
    assert _names("Republicans questioned Tom Okafor's testimony.\n") == []


def test_a_word_ending_in_ing_that_opens_a_sentence_is_not_part_of_a_name() -> None:
    assert _names("Following Ana Ferreira's arrest, the council met.\n") == ["Ana Ferreira"]


def test_a_date_after_on_is_not_part_of_a_name() -> None:
    assert _names("Carla Babb on Nov. 3 said the road was open.\n") == ["Carla Babb"]


def test_a_name_alone_that_speaks_or_is_spoken_to_is_a_body() -> None:
    found = {
        p.name: p.kind for p in propose("Politico reported the aid was paused. A doctor told the BBC it was.\n", KNOWN)
    }
    assert found == {"Politico": ActorKind.MEDIA, "BBC": ActorKind.MEDIA}  # a name that reports is a medium
    found = {p.name: p.kind for p in propose("Harbourville says yes, and Chirper asks, Are you OK?\n", KNOWN)}
    assert found == {"Harbourville": ActorKind.ORGANISATION, "Chirper": ActorKind.ORGANISATION}
    # a surname of someone named before stays their alias; a word the article also writes in lower case is no name
    assert _names("Tom Okafor spoke. Okafor said no. Analysts said yes. Some analysts disagree.\n") == []


def test_a_body_gets_the_initials_the_article_uses_for_it() -> None:
    found = propose("The European Union met on Monday. The EU said it would act.\n", KNOWN)
    assert [(p.name, p.aliases) for p in found] == [("European Union", ["EU"])]


def test_names_in_cyrillic() -> None:
    assert _names("Ее партнерами становились Джонни Депп и Микки Рурк.\n") == ["Джонни Депп", "Микки Рурк"]


def test_a_title_before_a_known_state_gives_the_role() -> None:
    china = Actor.model_validate({"id": "china", "name": "China", "kind": "state", "standing": "state"})
    found = propose("China’s ambassador to Britain Liu Xiaming spoke. Liu said the army was ready.\n", [china])
    people = [(p.name, p.role, p.aliases[-1]) for p in found if p.kind is ActorKind.PERSON]
    assert people == [("Liu Xiaming", "Ambassador of China", "Liu")]


def test_what_an_apposition_after_a_name_says_is_a_relation() -> None:
    body = (
        "The Harbour Board met. Cmdr. Ana Ferreira, a spokesperson for the Harbour Board, said it would close.\n"
        "Chairman Schiff disagreed.\n"
    )
    found = {p.name: p for p in propose(body, KNOWN)}
    assert [(r.value, a) for r, a, _ in found["Ana Ferreira"].relations] == [("speaks-for", "harbour-board")]
    assert found["Schiff"].kind is ActorKind.PERSON and "Chairman Schiff" in found["Schiff"].aliases


def test_a_noun_before_a_name_says_it_is_a_body() -> None:
    found = propose("Will Moy of the fact-checking website Full Fact spoke.\n", KNOWN)
    assert [(p.name, p.kind) for p in found] == [("Will Moy", ActorKind.PERSON), ("Full Fact", ActorKind.MEDIA)]


def test_a_body_named_before_a_persons_title() -> None:
    body = (
        "Harbour Watch co-founder Ana Ferreira was arrested.\n"
        "“We stay,” said Ferry Gazette correspondent Lena Moss.\n"
        "Defense Secretary Ivo Marsh spoke later.\n"  # the title's own words: no body
    )
    found = {p.name: p.kind for p in propose(body, KNOWN)}
    assert found["Harbour Watch"] is ActorKind.ORGANISATION
    assert found["Ferry Gazette"] is ActorKind.MEDIA
    assert "Defense" not in found and "Ivo Marsh" in found


def test_a_single_name_the_text_says_is_a_body() -> None:
    body = (
        "The inquiry asked about the shipping company Wavecrest.\n"
        "Seaquill, the Oslo-based maritime research organization, disagreed.\n"
    )
    assert [(p.name, p.kind) for p in propose(body, KNOWN)] == [
        ("Wavecrest", ActorKind.ORGANISATION),
        ("Seaquill", ActorKind.ORGANISATION),
    ]


def test_a_group_named_by_its_members() -> None:
    body = "The vote split the Islanders. Islander leaders walked out of the Islander Party conference.\n"
    assert [(p.name, p.aliases) for p in propose(body, KNOWN)] == [("Islander Party", ["Islanders"])]
    # no adjective of the same word: not a group (the family of a known person, the plural alone)
    body = "Okafors gathered. Wavecrests sank.\n"
    assert propose(body, KNOWN) == []


def test_a_states_police_and_a_national_security_adviser() -> None:
    names = [
        p.name for p in propose("Hong Kong police said the road was closed, as did Security Adviser Ivo Marsh.\n", [])
    ]
    assert names == ["Hong Kong", "Hong Kong police", "Ivo Marsh"]


def test_a_name_its_people_follow_is_a_body() -> None:
    found = propose("Harbour Watch officials said the pier was closed.\n", KNOWN)
    assert [(p.name, p.kind) for p in found] == [("Harbour Watch", ActorKind.ORGANISATION)]


def test_a_house_a_coast_guard_and_an_employer() -> None:
    body = (
        "The Labour-controlled House of Commons voted. Norway’s coast guard watched.\n"
        "Later the Harbour House Press Secretary Lena Moss spoke about it at length. Moss now works for Wavecrest.\n"
    )
    found = [(p.name, p.kind.value) for p in propose(body, KNOWN)]
    assert ("House of Commons", "organisation") in found  # a house is a body; "Labour-controlled" no part of it
    assert ("Norway’s coast guard", "government") in found
    assert ("Lena Moss", "person") in found  # a person after a title, though a body's word comes before it
    assert ("Wavecrest", "organisation") in found


def test_companies_a_list_of_bodies_and_an_officer_of_the_company() -> None:
    body = (
        "The contract went to eleven firms: Wavecrest, Deep Harbour Systems, Seaquill, Tidal Machines and Kelpworks.\n"
        "Lena Moss, the company’s chief operating officer, spoke about it at length on the pier.\n"
    )
    found = {p.name: p.kind.value for p in propose(body, KNOWN)}
    assert found == {
        "Wavecrest": "organisation",  # in a list with two bodies (a company's word ends their names)
        "Deep Harbour Systems": "organisation",
        "Seaquill": "organisation",
        "Tidal Machines": "organisation",
        "Kelpworks": "organisation",
        "Lena Moss": "person",  # "the company’s" officer, not a company
    }


def test_a_generational_suffix_is_part_of_the_name_and_not_its_surname() -> None:
    body = "Marco D. Lenz Jr., 55, of Hartwell, pleaded guilty. Lenz said nothing. Marco D. Lenz Jr. left.\n"
    found = propose(body, KNOWN)
    assert [(p.name, p.aliases) for p in found] == [("Marco D. Lenz Jr.", ["Lenz"])]


def test_a_conjunction_opening_a_sentence_is_not_part_of_a_name() -> None:
    assert _names("Although Ana Ferreira was born in Porto, Portugal claimed her.\n") == ["Ana Ferreira", "Portugal"]
    assert _names("Despite Ana Ferreira's warning, the ferry sailed.\n") == ["Ana Ferreira"]


def test_an_office_before_a_name_is_a_title_not_part_of_the_name() -> None:
    body = "U.S. Attorney Lena Moss said the case was closed. State schools Superintendent Ana Ferreira agreed.\n"
    found = {p.name: p.aliases for p in propose(body, KNOWN)}
    assert found["Lena Moss"] == ["U.S. Attorney Lena Moss"]
    assert "Ana Ferreira" in found


def test_a_body_of_a_place_is_a_body_even_when_the_place_is_known() -> None:
    body = (
        "A Nova Porto man pleaded guilty, the Public Prosecutor’s Office for the Northern District of Nova Porto "
        "said.\nThe Gulf of Nova Porto was calm. Ana Ferreira for Nova Porto spoke.\n"
    )
    found = {p.name: p.kind.value for p in propose(body, [*KNOWN, _nova_porto()])}
    # not Nova Porto, nor a place; "for Nova Porto" after a person is no body's complement (as before: left out)
    assert found == {"Public Prosecutor’s Office for the Northern District of Nova Porto": "government"}


def _nova_porto() -> Actor:
    return Actor.model_validate({"id": "nova-porto", "name": "Nova Porto", "kind": "state", "standing": "state"})


def test_an_abbreviated_title_ends_no_sentence_and_is_read_as_a_title() -> None:
    body = "Harbour Gov. Ana Ferreira spoke. Sen. Lena Moss agreed with her on Monday.\n"
    found = {p.name: (p.standing.value, p.aliases) for p in propose(body, KNOWN) if p.kind is ActorKind.PERSON}
    # not "Harbour Gov" as a person; the alias stays in the name's own sentence
    assert found == {
        "Ana Ferreira": ("head-of-state-or-government", ["Harbour Gov. Ana Ferreira"]),
        "Lena Moss": ("legislator", ["Sen. Lena Moss"]),
    }


def test_a_body_of_a_place_is_named_later_without_what_it_is_of() -> None:
    body = (
        "The Public Prosecutor’s Office for the Northern District said so. Later the public prosecutor's office "
        "said more. The European Court of Human Rights ruled.\n"
    )
    found = {p.name: p.aliases for p in propose(body, KNOWN)}
    assert found == {
        "Public Prosecutor’s Office for the Northern District": ["public prosecutor's office"],
        "European Court of Human Rights": [],  # "European Court" is not written alone
    }


def test_the_speaker_of_a_house_is_a_person_not_the_house() -> None:
    body = "Harbour House Speaker Ana Ferreira spoke before the vote. “We get it,” Ferreira said.\n"
    found = {p.name: (p.kind.value, p.standing.value) for p in propose(body, KNOWN)}
    assert found["Ana Ferreira"] == ("person", "legislator")
    assert "Harbour House Speaker Ana Ferreira" not in found


def test_a_possessive_inside_a_name_makes_its_owner_the_name() -> None:
    body = "According to The Harbour Post's Fact Checker, the ferry lied. The Harbour Master’s Office said so.\n"
    found = {p.name: p.kind.value for p in propose(body, KNOWN)}
    # a body's word after the possessive keeps the whole name: the office is of the master
    assert found == {"Harbour Post": "media", "Harbour Master’s Office": "government"}


def test_and_inside_a_bodys_name_does_not_cut_it() -> None:
    body = (
        "The Harbour Center for Ferry Safety and Prevention said it had checked. The Harbour Securities and "
        "Exchange Commission asked more. Ana Ferreira and Carla Babb met the Harbour Board.\n"
    )
    found = [p.name for p in propose(body, KNOWN)]
    assert "Harbour Center for Ferry Safety and Prevention" in found
    assert "Harbour Securities and Exchange Commission" in found
    assert "Prevention" not in found and "Exchange Commission" not in found
    # "and" between two names of people still makes two entries
    assert "Ana Ferreira" in found and "Carla Babb" in found


def test_a_names_own_short_form_in_brackets_is_its_alias() -> None:
    body = "The Harbour State Attorney General (HSAG) is investigating. A spokesperson for the HSAG declined.\n"
    found = {p.name: (p.kind, p.aliases) for p in propose(body, KNOWN)}
    assert found == {"Harbour State Attorney General": (ActorKind.GOVERNMENT, ["HSAG"])}


def test_a_person_of_a_named_body_belongs_to_it() -> None:
    body = "He had, according to Ana Ferreira of the Harbour Post, left. “No,” Carla Babb said, via Dan Roe of the Harbour Post-Gazette.\n"
    found = {p.name: p for p in propose(body, KNOWN)}
    assert set(found) == {"Ana Ferreira", "Harbour Post", "Carla Babb", "Dan Roe", "Harbour Post-Gazette"}
    assert [(r.value, a) for r, a, _ in found["Ana Ferreira"].relations] == [("member-of", "harbour-post")]
    assert found["Harbour Post"].kind is ActorKind.MEDIA
    assert [(r.value, a) for r, a, _ in found["Dan Roe"].relations] == [("member-of", "harbour-post-gazette")]


def test_a_wire_storys_credits_name_no_one() -> None:
    body = "Ana Ferreira spoke.\n(Reporting by Carla Babb, Dan Roe; editing by Tim Lowe.)\nWriting by Sue Bell\n"
    assert _names(body) == ["Ana Ferreira"]


def test_a_states_initials_before_a_noun_are_an_adjective_not_the_state() -> None:
    assert _names("Big name US politicians spoke. U.S. stocks fell. The U.S.-Harbour border is shut.\n") == []
    assert _names("The ferry left for the U.S. on Monday.\n") == ["United States"]


def test_a_mediums_last_word_after_the_is_its_short_form() -> None:
    body = "The Harbour Chronicle says the ferry sank. The Chronicle says more.\n"
    found = {p.name: p.aliases for p in propose(body, KNOWN)}
    assert found == {"Harbour Chronicle": ["Chronicle"]}


def test_a_state_before_a_body_not_its_government_gives_a_country_not_an_entry() -> None:
    found = {
        p.name: p.country
        for p in propose("The Polish Football Association said no. The U.S. Sailing Commission agreed.\n", KNOWN)
    }
    assert found == {"Polish Football Association": "PL", "U.S. Sailing Commission": "US"}


def test_a_members_adjective_before_a_title_is_no_body() -> None:
    body = "The Harbour Rowers Association met. Republican Gov. Ana Ferreira spoke. Republicans agreed.\n"
    assert "Republican" not in _names(body)


def test_places_are_no_actors() -> None:
    body = (
        "Officials in Harbourville said the ferry from North Harbour had docked. Ana Ferreira flew to West "
        "Virginia. The couple are from Inner Mongolia. They played at Heinz Field before the American Music Awards.\n"
        "Authorities in Beijing announced a check.\n"
    )
    assert _names(body) == ["Ana Ferreira"]


def test_a_region_that_speaks_is_its_government() -> None:
    body = (
        "South Dakota says it will act. Australian Timothy Weeks and the U.S. Capitol Police agreed. The Attorney "
        "for the Western District of New York said no.\n"
    )
    found = {p.name: (p.kind.value, p.country) for p in propose(body, KNOWN)}
    assert found["South Dakota"] == ("government", "US")
    assert found["Timothy Weeks"] == ("person", "AU")  # "Weeks" is no "week": a name, not an event
    assert found["U.S. Capitol Police"][0] == "government"  # a body named after its place
    assert "New York" not in found  # a place after "of", not the subject of "said"


def test_a_club_or_a_body_named_by_a_plural_or_initials_after_the() -> None:
    body = (
        "The Rowers beat the Scullers on Monday. The RFL will fine both, and the Scullers appealed to the RFL. "
        "The Rowers said nothing. The Americans and the Okafors left; the US agreed.\n"
    )
    found = {p.name: p.kind for p in propose(body, KNOWN)}
    assert found == {
        "Rowers": ActorKind.ORGANISATION,
        "Scullers": ActorKind.ORGANISATION,
        "RFL": ActorKind.ORGANISATION,
        "United States": ActorKind.STATE,
    }


def test_an_employer_after_a_job_in_an_apposition() -> None:
    body = "Ana Ferreira, equity strategist at Harbour Tabak, says the stock is cheap.\n"
    found = {p.name: p for p in propose(body, KNOWN)}
    assert found["Harbour Tabak"].kind is ActorKind.ORGANISATION
    assert [(r.value, a) for r, a, _ in found["Ana Ferreira"].relations] == [("member-of", "harbour-tabak")]
    assert found["Ana Ferreira"].standing.value == "expert"


def test_a_bodys_initials_inside_its_name_are_its_alias() -> None:
    body = "The Harbour Center for Ferry Control and Prevention said so. The Harbour CFC said more; the CFC agreed.\n"
    found = {p.name: p.aliases for p in propose(body, KNOWN)}
    assert found == {"Harbour Center for Ferry Control and Prevention": ["CFC"]}


def test_a_person_after_a_position_in_capitals() -> None:
    body = "The Rowers lost. Rowers DL Dan Roe, however, spoke. The Rowers said so. Harbour CEO Ana Ferreira agreed.\n"
    found = {p.name: p for p in propose(body, KNOWN)}
    assert [(r.value, a) for r, a, _ in found["Dan Roe"].relations] == [("member-of", "rowers")]
    assert "Ana Ferreira" in found


def test_a_group_named_by_its_members_is_not_taken_for_a_club() -> None:
    body = "The Democrats objected. Democratic lawmakers said the Democrats would vote no.\n"
    found = {p.name: p.how for p in propose(body, KNOWN)}
    assert found["Democrats"].startswith("a group named by its members")


def test_the_country_of_an_article_that_happens_in_one_state_is_a_guess_for_its_entries() -> None:
    from generator.authoring.entities import article_country

    home = (
        "Ana Ferreira, a teacher in Indiana, said the U.S. schools were short of money. Teachers from Ohio and "
        "West Virginia agreed with Martin Franklin.\n"
    )
    assert article_country(home) == "US"
    found = {p.name: (p.country, p.guessed_country) for p in propose(home, KNOWN)}
    assert found["Ana Ferreira"] == (None, "US")
    # a story across borders: deportees flown from Arizona and California to India, Mexico and Bangladesh
    across = (
        "Officials in India said the US flew them from Arizona and California. Mexico and Bangladesh and India "
        "took others; Indian officials and Mexican officials met.\n"
    )
    assert article_country(across) is None


def test_a_journalist_of_a_medium_is_a_member_of_it() -> None:
    body = (
        "As Ana Ferreira reports for HNR, the ferry sank. HNR reported so. But according to HNR’s Ferreira, it rose. "
        "Dan Roe of the Harbour Post agreed.\n"
    )
    found = {p.name: p for p in propose(body, KNOWN)}
    assert [(r.value, a) for r, a, _ in found["Ana Ferreira"].relations] == [("member-of", "hnr")]
    assert found["Ana Ferreira"].standing.value == "media" and found["Dan Roe"].standing.value == "media"


def test_initials_after_the_once_are_a_body_a_plural_must_come_twice() -> None:
    assert _names("Police worked with the HBI to investigate. The Scullers won.\n") == ["HBI"]


def test_slogans_determiners_particles_and_names_before_a_noun_are_no_people() -> None:
    body = (
        "They carried signs such as “Less Money on Testing, More Money on Students” and played “We’re Not Gonna "
        "Take It” loudly. Both Ferreira and Roe left. Teachers from the Gibson Southern schools came. Russia’s "
        "occupation by Russia of Crimea went on. Ana Ferreira, the Director for the Middle East, said so. The "
        "Harbour-Kylie Jenner deal is off.\n"
    )
    assert _names(body) == ["Russia", "Ana Ferreira"]


def test_a_name_written_with_the_each_time_is_a_body() -> None:
    body = "The Harbour Press reports that Ana Ferreira left, writes the Harbour Press. The Blue Lantern opened.\n"
    found = {p.name: p.kind for p in propose(body, KNOWN)}
    assert found == {
        "Harbour Press": ActorKind.MEDIA,
        "Ana Ferreira": ActorKind.PERSON,
        "Blue Lantern": ActorKind.ORGANISATION,
    }


def test_a_known_states_body_in_lower_case_has_its_country() -> None:
    harbour = Actor.model_validate(
        {"id": "harbouria", "name": "Harbouria", "kind": "state", "standing": "state", "country": "PL"}
    )
    found = {p.name: p.country for p in propose("Harbouria's foreign ministry said no.\n", [harbour])}
    assert found == {"Harbouria's foreign ministry": "PL"}


def test_a_member_of_a_body_is_of_its_country() -> None:
    body = "The Polish Rowing Association met on the river. Ana Ferreira of the Polish Rowing Association said no.\n"
    found = {p.name: p.country for p in propose(body, KNOWN)}
    assert found == {"Polish Rowing Association": "PL", "Ana Ferreira": "PL"}


def test_what_someone_is_before_their_name_is_no_part_of_it() -> None:
    body = (
        "Employee Steve Castro tells the paper he fought. Other employees ran. Lt. Col. Alan Vance testified. "
        "HarbourX said so, and HarbourX and Tyvak Nano-Satellite Systems signed.\n"
    )
    found = [p.name for p in propose(body, KNOWN)]
    assert "Steve Castro" in found and "Alan Vance" in found
    assert "Tyvak Nano-Satellite Systems" in found and "HarbourX and Tyvak Nano-Satellite Systems" not in found


def test_mentions_of_a_name_are_whole_names() -> None:
    from generator.authoring.entities import _mentions

    text = "Joanna Berg met Anna Berg; Anna Bergman left. Anna Berg’s aide and Anna Berg-Lund stayed.\n"
    assert _mentions(text, "Anna Berg") == [16]  # not in "Joanna Berg", "Anna Bergman", "Anna Berg’s", "Berg-Lund"
    assert _mentions(text, "Anna Berg", "") == [16, 46, 67]  # a mark after it allowed


def test_a_relative_clause_or_a_later_mention_says_what_someone_is() -> None:
    body = (
        "The Harbour Trust grew. Ana Ferreira left early. “No,” added Ferreira, who is also an executive at the "
        "Harbour Trust. The board's chair Dan Roe spoke.\n"
    )
    found = {p.name: p for p in propose(body, KNOWN)}
    assert [(r.value, a) for r, a, _ in found["Ana Ferreira"].relations] == [("member-of", "harbour-trust")]


def test_a_regions_body_and_a_source_of_data() -> None:
    body = (
        "A case came from Inner Harbouria, the Inner Harbouria health commission said. Bonds fell, according to "
        "data from HarbourAxess.\n"
    )
    found = {p.name: p.kind for p in propose(body, KNOWN)}
    assert found == {"Inner Harbouria health commission": ActorKind.GOVERNMENT, "HarbourAxess": ActorKind.ORGANISATION}


def test_a_nations_adjective_before_a_persons_name_is_their_country() -> None:
    body = "American Dan Roe and Australian Ana Ferreira were freed on the road to the city.\n"
    found = {p.name: p.country for p in propose(body, KNOWN)}
    assert found == {"Dan Roe": "US", "Ana Ferreira": "AU"}


def test_an_employer_the_article_names_only_after_a_job_is_proposed() -> None:
    body = (
        "“We are worried,” said Ana Ferreira, the chief economist at Shipquay, which moves freight. "
        "Dan Roe, a trade professor at Wexley, said so. "
        "Lia Moss, the president of the Federal Savings Bank of Riverton, spoke.\n"
    )
    found = {p.name: p for p in propose(body, KNOWN)}
    assert found["Shipquay"].kind is ActorKind.ORGANISATION
    assert found["Wexley"].kind is ActorKind.ORGANISATION
    assert [(r.value, a) for r, a, _ in found["Ana Ferreira"].relations] == [("member-of", "shipquay")]
    assert [(r.value, a) for r, a, _ in found["Dan Roe"].relations] == [("member-of", "wexley")]
    bank = found["Federal Savings Bank of Riverton"]
    assert [(r.value, a) for r, a, _ in found["Lia Moss"].relations] == [("leads", bank.id)]


def test_a_name_the_article_writes_as_where_something_is_is_a_place() -> None:
    body = (
        "Ana Ferreira flew to Port Wexley on Monday. Storms hit towns east of Port Wexley. "
        "He had homes in Manhattan and Palm Rowe, Florida. A jury in Fort Hollis ruled. Fort Hollis voters agreed. "
        "Dan Roe said it in the Blue Room. Lia Moss spoke in Dan Roe's office.\n"
    )
    assert _names(body) == ["Ana Ferreira", "Dan Roe", "Lia Moss"]


def test_a_name_of_words_the_article_writes_in_lower_case_is_no_person() -> None:
    body = (
        "Officials at Customs and Harbour Protection and Health and Ferry Services said the ferry services and "
        "harbour protection would continue. Ana Ferreira, whose health is good, agreed.\n"
    )
    assert _names(body) == ["Ana Ferreira"]


def test_a_body_named_in_a_persons_apposition_does_not_make_the_person_a_body() -> None:
    body = "“It is good,” said Michael Roe, the CEO of Wexley Media Group, on Monday.\n"
    found = {p.name: p for p in propose(body, KNOWN)}
    assert found["Michael Roe"].kind is ActorKind.PERSON
    assert found["Wexley Media Group"].kind is ActorKind.ORGANISATION
    assert [(r.value, a) for r, a, _ in found["Michael Roe"].relations] == [("leads", "wexley-media-group")]


def test_a_companys_abbreviated_form_keeps_its_full_stop() -> None:
    body = "Shares of Wexley Freight Co. fell. Wexley Freight Co. said it would sell Quayside Motors Inc. soon.\n"
    assert "Wexley Freight Co." in _names(body)


def test_an_expert_named_after_their_body_and_job_is_its_member() -> None:
    body = "“Demand is weak,” Quaybank analyst Ana Ferreira said. Wexley Fargo analyst Dan Roe disagreed.\n"
    found = {p.name: p for p in propose(body, KNOWN)}
    assert [(r.value, a) for r, a, _ in found["Ana Ferreira"].relations] == [("member-of", "quaybank")]
    assert [(r.value, a) for r, a, _ in found["Dan Roe"].relations] == [("member-of", "wexley-fargo")]


def test_a_director_of_a_part_of_a_body_is_its_member_not_its_leader() -> None:
    body = (
        "“It is fast,” said Ana Ferreira, director for games at Quaybank. Quaybank said so. "
        "Dan Roe, the president of Quaybank, agreed.\n"
    )
    found = {p.name: p for p in propose(body, KNOWN)}
    assert [(r.value, a) for r, a, _ in found["Ana Ferreira"].relations] == [("member-of", "quaybank")]
    assert [(r.value, a) for r, a, _ in found["Dan Roe"].relations] == [("leads", "quaybank")]


def test_an_ampersand_is_part_of_a_name() -> None:
    body = "Wexley Gas & Electric Co. cut power. WG&E said so.\n"
    assert _names(body) == ["Wexley Gas & Electric Co.", "WG&E"]


def test_a_person_after_a_bodys_possessive_is_its_member() -> None:
    body = "QBC’s Ana Ferreira did a good job. Ferreira asked again. The Wexley Post's Fact Checker agreed.\n"
    found = {p.name: p for p in propose(body, KNOWN)}
    assert found["QBC"].kind is ActorKind.ORGANISATION
    assert [(r.value, a) for r, a, _ in found["Ana Ferreira"].relations] == [("member-of", "qbc")]
    assert "Fact Checker" not in found


def test_a_job_at_a_bodys_possessive_in_an_apposition() -> None:
    body = (
        "Quaybank said it would cut rates. “It is dry,” said Ana Ferreira, Quaybank's principal meteorologist. "
        "Dan Roe, Quaybank's senior director of emergency planning, agreed. "
        "Lia Moss, Poland's chief negotiator, spoke. Tom Okafor's friend, Ben Ode, left.\n"
    )
    found = {p.name: p for p in propose(body, KNOWN)}
    assert [(r.value, a) for r, a, _ in found["Ana Ferreira"].relations] == [("member-of", "quaybank")]
    assert [(r.value, a) for r, a, _ in found["Dan Roe"].relations] == [("member-of", "quaybank")]
    assert [(r.value, a) for r, a, _ in found["Lia Moss"].relations] == [("speaks-for", "poland")]
    assert found["Ben Ode"].relations == []


def test_a_job_with_a_body_in_an_apposition() -> None:
    body = "“It is big,” said Dan Roe, a China scholar with the Wexley Policy Institute in Washington.\n"
    found = {p.name: p for p in propose(body, KNOWN)}
    assert [(r.value, a) for r, a, _ in found["Dan Roe"].relations] == [("member-of", "wexley-policy-institute")]


def test_a_word_that_heads_a_law_or_an_event_from_the_end_opens_a_persons_name() -> None:
    body = (
        "Politicians such as Bill Roe and Ana Ferreira met. The Harbour Act passed. "
        "The Bill of Rights stands. Lia Moss said the Trade Deal was done.\n"
    )
    assert _names(body) == ["Bill Roe", "Ana Ferreira", "Lia Moss"]


def test_names_listed_with_one_body_and_no_one_else_known_are_bodies() -> None:
    body = "He led deals for Wexley Entertainment, Quayfilm and Bamcorp, the little-known firm.\n"
    found = {p.name: p.kind for p in propose(body, KNOWN)}
    assert found == {
        "Wexley Entertainment": ActorKind.ORGANISATION,
        "Quayfilm": ActorKind.ORGANISATION,
        "Bamcorp": ActorKind.ORGANISATION,
    }
    body = "On the morning after the vote, Ana Ferreira met with Dan Roe, Lia Moss and the Wexley Foundation.\n"
    found = {p.name: p.kind for p in propose(body, KNOWN)}
    assert found["Lia Moss"] is ActorKind.PERSON  # persons in the list: not a list of bodies


def test_a_compound_adjective_before_a_name_is_no_part_of_it() -> None:
    body = "The Riverton-based Quaymedia said it would sell. Quaymedia said more. Wexley-born Ana Ferreira agreed.\n"
    assert _names(body) == ["Quaymedia", "Ana Ferreira"]


def test_a_company_named_without_its_abbreviated_form_is_the_same_entry() -> None:
    body = "The Wexley Freight Co. said it would sell. Wexley Freight reported a loss. Wexley Freight said so.\n"
    found = {p.name: p.aliases for p in propose(body, KNOWN)}
    assert found == {"Wexley Freight Co.": ["Wexley Freight"]}


def test_a_name_alone_that_does_business_is_a_body() -> None:
    body = "For years the market grew, as Quaysoft has offered its service and Wexmark launched another.\n"
    found = {p.name: p.kind for p in propose(body, KNOWN)}
    assert found == {"Quaysoft": ActorKind.ORGANISATION, "Wexmark": ActorKind.ORGANISATION}


def test_the_registry_actors_an_article_names_say_where_it_happens() -> None:
    """An article about a company the registry knows as American, which names no American region, is American:
    the registry's actors it names count as places inside their state; a story across borders still has none."""
    registry = [
        *KNOWN,
        Actor.model_validate(
            {
                "id": "harbour-depot",
                "name": "Harbour Depot",
                "kind": "organisation",
                "standing": "other",
                "country": "US",
            }
        ),
        Actor.model_validate(
            {"id": "ferrymart", "name": "FerryMart", "kind": "organisation", "standing": "other", "country": "US"}
        ),
    ]
    home = "Harbour Depot beat FerryMart on sales, Ana Ferreira, an analyst, said. U.S. shoppers spent more.\n"
    found = {p.name: (p.country, p.guessed_country) for p in propose(home, registry)}
    assert found["Ana Ferreira"] == (None, "US")
    abroad = "Harbour Depot opened in Mexico, Ana Ferreira said. Mexican and Canadian buyers came; Canada and Mexico agreed.\n"
    found = {p.name: (p.country, p.guessed_country) for p in propose(abroad, registry)}
    assert found["Ana Ferreira"] == (None, None)


def test_a_state_named_only_as_where_something_is_is_no_entry() -> None:
    """A state the article names only as a place (after "in", "from", "outside"; in a list that follows one; after
    a city and a comma) does not act in the story: no entry. Named once as more than a place, it is one."""
    places = (
        "DUBAI, United Arab Emirates — Harbourline tested the app in Italy, Canada, Japan and the United States. Ana Ferreira "
        "flew from Brazil to cities like Lagos, Nigeria, and shares outside Ireland fell.\n"
    )
    assert [p.name for p in propose(places, KNOWN) if p.kind is ActorKind.STATE] == []
    acting = (
        "Ana Ferreira met officials from Canada. Governments in Italy and Japan objected, and China's health "
        "chiefs said the risk was low. The plague broke out in China. Separately, Norway’s oil output rose.\n"
    )
    states = [p.name for p in propose(acting, KNOWN) if p.kind is ActorKind.STATE]
    assert states == ["Canada", "Italy", "Japan", "China", "Norway"]


def test_a_state_s_name_that_is_a_first_name_opens_a_person_s_name() -> None:
    """ "Chad Wolf", "Jordan Peele": a state's noun right before one capitalised word is a first name, not the state;
    a state before a full name is still the state ("to Ukraine Marie Okafor")."""
    found = {
        p.name: p.kind for p in propose("Ana Ferreira resigned and Chad Wolf has been named. Wolf said so.\n", KNOWN)
    }
    assert found == {"Ana Ferreira": ActorKind.PERSON, "Chad Wolf": ActorKind.PERSON}
    found = {p.name: p.kind for p in propose("The aid went to Ukraine Marie Lindqvist said.\n", KNOWN)}
    assert found == {"Ukraine": ActorKind.STATE, "Marie Lindqvist": ActorKind.PERSON}
    assert "U.S. Customs" not in _names("The duty is paid to U.S. Customs at the border.\n")  # initials: the state


def test_a_governor_heads_a_government_and_a_plural_title_names_each_of_two() -> None:
    """ "Gov. Matt Bevin": a head of government (of a state of a federation); "Sens. Cory Booker and Kamala
    Harris": both legislators."""
    body = "Gov. Ana Ferreira lost. Sens. Marie Lindqvist and Dan Roe stayed, Governor Lena Moss said.\n"
    found = {p.name: p.standing.value for p in propose(body, KNOWN)}
    assert found == {
        "Ana Ferreira": "head-of-state-or-government",
        "Marie Lindqvist": "legislator",
        "Dan Roe": "legislator",
        "Lena Moss": "head-of-state-or-government",
    }


def test_a_first_name_that_starts_a_state_s_name_is_no_adjective() -> None:
    """ "Martin" is the start of "Martinique", not its adjective: "Sen. Martin Heinrich" was proposed as "Heinrich"."""
    assert _names("Sen. Martin Lindqvist (D-N.M.) signed the letter.\n") == ["Martin Lindqvist"]
    found = {
        p.name: [(r.value, a) for r, a, _ in p.relations]
        for p in propose("The Afghan Prime Minister Ana Ferreira spoke on the ferry today.\n", KNOWN)
    }
    assert found == {"Afghanistan": [], "Ana Ferreira": [("leads", "afghanistan")]}


def test_a_person_s_administration_or_campaign_is_a_body() -> None:
    """ "the Trump administration", "Trump campaign spokesman Steven Cheung": a body named by the person it serves;
    not "a December campaign", nor a place's ("the Dakota campaign")."""
    body = (
        "Ana Ferreira won. The Ferreira campaign said so, and the Okafor administration agreed. A December campaign "
        "and the Dakota campaign failed.\n"
    )
    found = {p.name: (p.kind.value, p.standing.value) for p in propose(body, KNOWN)}
    assert found == {
        "Ana Ferreira": ("person", "other"),
        "Ferreira campaign": ("organisation", "other"),
        "Okafor administration": ("government", "government"),
    }


def test_a_compound_adjective_is_no_part_of_a_name_with_its_short_form() -> None:
    """ "the Mumbai-based Maritime Rescue Coordination Centre (MRCC)": the centre, as with no short form after it."""
    names = _names("The vessel called the Marlow-based Maritime Rescue Coordination Centre (MRCC) at noon.\n")
    assert names == ["Maritime Rescue Coordination Centre"]


def test_a_person_after_a_known_body_and_a_title_holds_it_there() -> None:
    """ "Walt Disney Co. executive Kevin Mayer" where the registry has Disney: Mayer is its member, as when the draft
    proposes the body itself."""
    registry = [
        *KNOWN,
        Actor.model_validate(
            {"id": "ferries", "name": "Harbour Ferry Co.", "kind": "organisation", "standing": "other"}
        ),
    ]
    body = "The pilots disagreed, Harbour Ferry Co. executive Ana Ferreira said on the ferry.\n"
    found = {p.name: [(r.value, a) for r, a, _ in p.relations] for p in propose(body, registry)}
    assert found == {"Ana Ferreira": [("member-of", "ferries")]}


def test_a_party_tag_after_a_name_makes_the_person_a_member_of_the_party() -> None:
    """ "Sen. Martin Heinrich (D-N.M.)": a member of the Democratic party, when the registry or the article names it."""
    body = (
        "Democrats objected. Democratic lawmakers wrote to Sen. Ana Ferreira (D-Ore.) and Sen. Lena Moss (R-Texas).\n"
    )
    found = {p.name: [(r.value, a) for r, a, _ in p.relations] for p in propose(body, KNOWN)}
    assert found["Ana Ferreira"] == [("member-of", "democrats")]
    assert found["Lena Moss"] == []  # no Republican party named


def test_who_heads_a_body_leads_it() -> None:
    """ "said Scott Paul, who heads the Alliance for American Manufacturing": Paul leads the alliance."""
    body = "Jobs were lost, said Ana Ferreira, who heads the Harbour Pilots Association, on the ferry.\n"
    found = {p.name: [(r.value, a) for r, a, _ in p.relations] for p in propose(body, KNOWN)}
    assert found == {"Ana Ferreira": [("leads", "harbour-pilots-association")], "Harbour Pilots Association": []}


def test_a_known_body_s_name_opens_no_person_s_name() -> None:
    """ "Apple Arcade", "Sony Now", "Tesla Model": a body the registry or the article knows, then a word, is its
    product, no person; a person's surname after their first name still is one ("Tom Okafor")."""
    registry = _with_harbourline()
    body = "Harbourline Arcade costs less, said Ana Ferreira. Harbourline Pro is dearer, Tom Okafor said.\n"
    assert [p.name for p in propose(body, registry)] == ["Ana Ferreira"]
    found = {p.name: p.kind for p in propose("Harbourline Channel said the ferry was late.\n", registry)}
    assert found == {"Harbourline Channel": ActorKind.MEDIA}  # a channel is a medium


def test_a_job_at_a_body_named_after_what_it_is_gives_a_relation() -> None:
    """ "Tom Hegel, a threat researcher at cybersecurity firm SentinelOne", "Michael Mumper, the executive director of
    the nonprofit Georgians for …", "Bart Spiegel, partner of … deals at PwC": a job (a title, or a noun of a job)
    at a body named after a word or two of what it is: a member of it, or its leader by the title."""
    body = (
        "The ferry will be late, said Ana Ferreira, a threat researcher at shipping firm Harbourline.\n"
        "Lena Moss, the executive director of the nonprofit Harbour Pilots Trust, said so too.\n"
        "Dan Orme, partner of ferry deals at Quayside, agreed.\n"
    )
    found = {p.name: [(r.value, a) for r, a, _ in p.relations] for p in propose(body, KNOWN)}
    assert found["Ana Ferreira"] == [("member-of", "harbourline")]
    assert found["Lena Moss"] == [("leads", "harbour-pilots-trust")]
    assert found["Dan Orme"] == [("member-of", "quayside")]


def test_names_listed_after_a_plural_of_what_they_are_are_bodies() -> None:
    """ "tech groups such as Facebook, Wikipedia, and TikTok", "US companies in the region including Amazon, PepsiCo
    and Boeing", "cable channels FX, Freeform, and National Geographic": each name a body of that kind; a state, a
    place and a name the registry has are not proposed, and "platforms to uplift others, like …" lists no bodies."""
    body = (
        "The law applies to ferry groups such as Harbourline, Quaymark, and Tidewell.\n"
        "It praised firms in the region including Portia, Brightwave Shipping and Poland.\n"
        "The company owns cable channels KXR, Seaview, and Harbour Geographic.\n"
        "They used platforms to uplift others, like Lena Moss and Tom Okafor.\n"
        "It has retailers in Harbourville and Westport. Brands including Kim Kardashian's Skims sold out.\n"
    )
    found = {p.name: p.kind for p in propose(body, KNOWN)}
    org, media = ActorKind.ORGANISATION, ActorKind.MEDIA
    assert {n: k for n, k in found.items() if k is not ActorKind.STATE} == {
        "Harbourline": org,
        "Quaymark": org,
        "Tidewell": org,
        "Portia": org,
        "Brightwave Shipping": org,
        "KXR": media,
        "Seaview": media,
        "Harbour Geographic": media,
        "Lena Moss": ActorKind.PERSON,
        "Kim Kardashian": ActorKind.PERSON,  # the owner of what is listed, as before
    }
    # a name listed that opens a body's name proposed before is its short form, no entry of its own
    found_bodies = propose("Harbourline Capital bought it. Firms such as Harbourline and Quaymark grew.\n", KNOWN)
    assert [(p.name, p.aliases) for p in found_bodies] == [("Harbourline Capital", ["Harbourline"]), ("Quaymark", [])]


def test_a_name_that_is_all_a_quotation_holds_is_no_entry() -> None:
    """ "Hitler, who wrote in “Mein Kampf” that …", "her book “Confidence Man,” which …", "the ‘Hermit Kingdom’",
    "aka “Colonel Mike,”": a title, a nickname or a label, no actor; a quotation that goes on names one."""
    body = (
        "Ana Ferreira wrote in “Harbour Nights” that the ferry was late. Her book “Quay Money,” sold well.\n"
        "How could the ‘Hermit Harbour’ matter? A captain, aka “Captain Blue,” agreed.\n"
        "“Lena Moss is right,” Tom Okafor said.\n"
    )
    assert _names(body) == ["Ana Ferreira", "Lena Moss"]


def test_a_copyright_line_names_no_entry() -> None:
    """ "Copyright 2024 Nexstar Media Inc. All rights reserved.", "© 2023 The Financial Times Ltd.": the page's
    owner, no actor of the story."""
    body = (
        "Ana Ferreira said the ferry was late.\n"
        "Copyright 2024 Harbour Media Inc. All rights reserved. This material may not be published.\n"
        "© 2023 The Quayside Times Ltd. Not to be redistributed.\n"
        "Published by Tidewell Press Group. All Rights Reserved\n"
    )
    assert _names(body) == ["Ana Ferreira"]


def test_places_laws_events_and_indices_are_no_entries() -> None:
    """ "the Gaza Strip", "the San Francisco Bay Area", "the First Amendment", "the Abraham Accords", "the Dubai Air
    Show", "the Dow Jones Industrial Average", and a law named with its short form ("the Digital Services Act (DSA)
    … the DSA"): no actors; a body named with its short form still is one."""
    body = (
        "The Harbour Strip flooded, and the Westport Bay Area too. The Second Amendment and the Quayside Accords hold.\n"
        "At the Westport Air Show, the Harbour Composite fell. The Tidewell Industrial Average rose.\n"
        "The Ferry Services Act (FSA) applies from April. The FSA says so. The Harbour Pilots Board (HPB) agreed.\n"
    )
    assert _names(body) == ["Harbour Pilots Board"]


def test_a_title_with_no_body_before_it_is_of_the_body_its_sentence_named() -> None:
    """ "Apple was “pulled into the enterprise,” CEO Tim Cook said": Cook leads Apple, the body the registry knows
    named earlier in the title's sentence; "Sugar Regulatory Administration (SRA) chief Pablo Luis Azcona" leads the
    body its short form names. No body in the sentence: no relation."""
    registry = _with_harbourline()
    body = (
        "Harbourline was “pulled into the ferry trade,” CEO Ana Ferreira said on the quay.\n"
        "The Harbour Pilots Administration (HPA) chief Lena Moss spoke too. Later, CEO Dan Orme agreed.\n"
        "Crews were hired by Harbourline and met with its president Rui Costa in May.\n"
        "Harbourline stays silent, unlike former President Joao Pinto in his day.\n"
    )
    found = {p.name: [(r.value, a) for r, a, _ in p.relations] for p in propose(body, registry)}
    assert found["Ana Ferreira"] == [("leads", "harbourline")]
    assert found["Lena Moss"] == [("leads", "harbour-pilots-administration")]
    assert found["Dan Orme"] == []
    assert found["Rui Costa"] == [("leads", "harbourline")]  # a title after a word in lower case: "its president"
    assert found["Joao Pinto"] == []  # a former one leads nothing


def test_a_lawyer_speaks_for_the_client() -> None:
    """ "Montell Figgins, who represents Thomas, said", "said Joel Flaxman, an attorney for White and dozens of
    other exonerees": the lawyer speaks for the client the article names."""
    body = (
        "Tom Okafor was charged. Ana Ferreira, who represents Okafor, said he would plead not guilty.\n"
        "Lena Moss sued the city. “It was late,” said Dan Orme, an attorney for Moss and two other captains.\n"
    )
    found = {p.name: [(r.value, a) for r, a, _ in p.relations] for p in propose(body, KNOWN)}
    assert found["Ana Ferreira"] == [("speaks-for", "okafor")]
    assert found["Dan Orme"] == [("speaks-for", "lena-moss")]
