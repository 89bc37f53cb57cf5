BEGIN TRANSACTION;
CREATE TABLE "actors" (
   "id" TEXT PRIMARY KEY,
   "name" TEXT,
   "kind" TEXT,
   "standing" TEXT,
   "role" TEXT,
   "affiliation" TEXT REFERENCES "actors"("id"),
   "country" TEXT,
   "aliases" TEXT,
   "wikidata" TEXT
);
INSERT INTO "actors" VALUES('ferreira','Ana Ferreira','person','head-of-state-or-government','Mayor of Northbridge','northbridge-council','PT','["Mayor Ferreira", "the mayor"]','Q4115189');
INSERT INTO "actors" VALUES('ferry-union','Ferry workers'' union','organisation','civic-body',NULL,NULL,NULL,'[]',NULL);
INSERT INTO "actors" VALUES('northbridge-council','Northbridge city council','government','government',NULL,NULL,NULL,'["the council"]',NULL);
INSERT INTO "actors" VALUES('okafor','Tom Okafor','person','official-spokesperson','Leader of the ferry workers'' union','ferry-union',NULL,'["Okafor"]',NULL);
CREATE TABLE "briefings" (
   "id" TEXT PRIMARY KEY,
   "title" TEXT,
   "summary" TEXT,
   "as_of" TEXT,
   "sources" TEXT,
   "status" TEXT,
   "stale_after" INTEGER,
   "source_mix_quotations" INTEGER,
   "source_mix_second_hand" INTEGER,
   "source_mix_positions_and_claims" INTEGER,
   "source_mix_single_source" INTEGER,
   "source_mix_stance_cells" INTEGER,
   "source_mix_stale" INTEGER,
   "bottom_line" TEXT,
   "editions" TEXT
);
INSERT INTO "briefings" VALUES('harbour-ferry','The Northbridge harbour ferry','In June 2025 Northbridge council voted to close the harbour ferry, which its mayor backed on a condition and the ferry workers'' union opposed. By July the mayor said the ferry should stay open.','2025-07-15','["council-votes-to-close-ferry", "mayor-keeps-ferry"]','live',90,6,0,4,4,2,0,NULL,'[{"date": "2025-07-15", "note": null, "sources": ["council-votes-to-close-ferry", "mayor-keeps-ferry"]}]');
CREATE TABLE "claims" (
   "key" TEXT PRIMARY KEY,
   "briefing" TEXT REFERENCES "briefings"("id"),
   "id" TEXT,
   "claim" TEXT,
   "claimants" TEXT,
   "disputed_by" TEXT,
   "issue" TEXT REFERENCES "issues"("key"),
   "independent_sources" INTEGER,
   "support" TEXT,
   "note" TEXT
);
INSERT INTO "claims" VALUES('harbour-ferry/ferry-loses-a-million','harbour-ferry','ferry-loses-a-million','Some councillors have claimed that the ferry loses a million euros a year.','["northbridge-council"]','[]','harbour-ferry/ferry-closure',1,'[]',NULL);
PRAGMA writable_schema=ON;
INSERT INTO sqlite_master(type,name,tbl_name,rootpage,sql)VALUES('table','claims_fts','claims_fts',0,'CREATE VIRTUAL TABLE "claims_fts" USING FTS5 (
    "claim",
    content="claims"
)');
INSERT INTO "claims_fts" VALUES('Some councillors have claimed that the ferry loses a million euros a year.');
CREATE TABLE 'claims_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;
INSERT INTO "claims_fts_config" VALUES('version',4);
CREATE TABLE 'claims_fts_data'(id INTEGER PRIMARY KEY, block BLOB);
INSERT INTO "claims_fts_data" VALUES(1,X'010D');
INSERT INTO "claims_fts_data" VALUES(10,X'000000000101010001010101');
INSERT INTO "claims_fts_data" VALUES(137438953473,X'0000007A02306101040A050107636C61696D6564010205020A6F756E63696C6C6F727301020301056575726F7301020C0105666572727901020801046861766501020401056C6F73657301020901076D696C6C696F6E01020B0104736F6D6501020201047468617401020603016501020701047965617201020E04070C0F0A0A090A0C090906');
CREATE TABLE 'claims_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
INSERT INTO "claims_fts_docsize" VALUES(1,X'0D');
CREATE TABLE 'claims_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
INSERT INTO "claims_fts_idx" VALUES(1,X'',2);
CREATE TABLE "events" (
   "key" TEXT PRIMARY KEY,
   "briefing" TEXT REFERENCES "briefings"("id"),
   "id" TEXT,
   "date" TEXT,
   "date_precision" TEXT,
   "date_approximate" INTEGER,
   "date_text" TEXT,
   "date_basis" TEXT,
   "date_relative" TEXT,
   "date_note" TEXT,
   "date_source" TEXT REFERENCES "sources"("id"),
   "what" TEXT,
   "actors" TEXT,
   "other_dates" TEXT
);
INSERT INTO "events" VALUES('harbour-ferry/1','harbour-ferry','1','2025-06-10','day',0,'10 June 2025','relative','on Tuesday',NULL,'council-votes-to-close-ferry','Northbridge council votes to close the harbour ferry at the end of the year.','["northbridge-council"]','[]');
INSERT INTO "events" VALUES('harbour-ferry/2','harbour-ferry','2','2025-07-08','month',1,'about July 2025','relative','last week',NULL,'mayor-keeps-ferry','The mayor tells reporters the ferry is part of who Northbridge is.','["ferreira"]','[]');
INSERT INTO "events" VALUES('harbour-ferry/3','harbour-ferry','3','2025-12-01','month',0,'December 2025','relative','at the end of the year',NULL,'council-votes-to-close-ferry','The ferry is due to close at the end of the year, under the council''s vote.','["northbridge-council"]','[]');
INSERT INTO sqlite_master(type,name,tbl_name,rootpage,sql)VALUES('table','events_fts','events_fts',0,'CREATE VIRTUAL TABLE "events_fts" USING FTS5 (
    "what",
    content="events"
)');
INSERT INTO "events_fts" VALUES('Northbridge council votes to close the harbour ferry at the end of the year.');
INSERT INTO "events_fts" VALUES('The mayor tells reporters the ferry is part of who Northbridge is.');
INSERT INTO "events_fts" VALUES('The ferry is due to close at the end of the year, under the council''s vote.');
CREATE TABLE 'events_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;
INSERT INTO "events_fts_config" VALUES('version',4);
CREATE TABLE 'events_fts_data'(id INTEGER PRIMARY KEY, block BLOB);
INSERT INTO "events_fts_data" VALUES(1,X'032B');
INSERT INTO "events_fts_data" VALUES(10,X'000000000101010001010101');
INSERT INTO "events_fts_data" VALUES(137438953473,X'000000FD0330617401020A0202080105636C6F736501020602020702066F756E63696C01020302021001036475650302050103656E6401020C02020A010566657272790102090102070102030107686172626F7572010208010269730204080701020401056D61796F72020203010B6E6F72746862726964676501020201020C01026F6601020D01020A01020B01047061727402020901097265706F7274657273020205010173030211010574656C6C730202040202686501060706050104020601080209050502016F0102050202060105756E64657203020E0104766F7465030212050173010204010377686F02020B01047965617201020F02020D040A0D0E080B100C0B0A130D090E060A13090A090608');
CREATE TABLE 'events_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
INSERT INTO "events_fts_docsize" VALUES(1,X'0E');
INSERT INTO "events_fts_docsize" VALUES(2,X'0C');
INSERT INTO "events_fts_docsize" VALUES(3,X'11');
CREATE TABLE 'events_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
INSERT INTO "events_fts_idx" VALUES(1,X'',2);
CREATE TABLE "evidence" (
   "id" INTEGER PRIMARY KEY,
   "source" TEXT REFERENCES "sources"("id"),
   "quote" TEXT,
   "passage_start" INTEGER,
   "passage_end" INTEGER,
   "kind" TEXT,
   "speaker" TEXT REFERENCES "actors"("id"),
   "via_actor" TEXT REFERENCES "actors"("id"),
   "via_unnamed" TEXT,
   "via_to" TEXT,
   "via_relay" TEXT,
   "backs" TEXT,
   "number" INTEGER,
   "briefing" TEXT REFERENCES "briefings"("id"),
   "position" TEXT REFERENCES "positions"("key"),
   "question" TEXT REFERENCES "questions"("key"),
   "event" TEXT REFERENCES "events"("key"),
   "claim" TEXT REFERENCES "claims"("key"),
   "rebuttal" TEXT REFERENCES "rebuttals"("key"),
   "relation" TEXT REFERENCES "relations"("key"),
   "judgement" TEXT REFERENCES "judgements"("key")
);
INSERT INTO "evidence" VALUES(1,'council-votes-to-close-ferry','The ferry workers’ union called the vote “a betrayal of the east shore”.',190,262,NULL,NULL,NULL,NULL,NULL,NULL,'relation',1,NULL,NULL,NULL,NULL,NULL,NULL,'ferry-union/opposed-to/northbridge-council',NULL);
INSERT INTO "evidence" VALUES(2,'council-votes-to-close-ferry','Union leader Tom Okafor',263,286,NULL,NULL,NULL,NULL,NULL,NULL,'relation',1,NULL,NULL,NULL,NULL,NULL,NULL,'okafor/speaks-for/ferry-union',NULL);
INSERT INTO "evidence" VALUES(3,'council-votes-to-close-ferry','the council would back the closure "only if the new bridge opens first"',117,188,'reported','ferreira',NULL,NULL,NULL,NULL,'position',1,'harbour-ferry','harbour-ferry/ferreira-ferry-closure',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "evidence" VALUES(4,'council-votes-to-close-ferry','The ferry workers’ union called the vote “a betrayal of the east shore”.',190,262,'reported','ferry-union',NULL,NULL,NULL,NULL,'position',1,'harbour-ferry','harbour-ferry/ferry-union-ferry-closure',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "evidence" VALUES(5,'mayor-keeps-ferry','Mayor Ferreira now says the harbour ferry should stay open for good.',0,68,'reported','ferreira',NULL,NULL,NULL,NULL,'position',1,'harbour-ferry','harbour-ferry/ferreira-ferry-closure-2',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "evidence" VALUES(6,'mayor-keeps-ferry','“The ferry is part of who we are.”',118,152,'direct','ferreira',NULL,NULL,NULL,NULL,'position',2,'harbour-ferry','harbour-ferry/ferreira-ferry-closure-2',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "evidence" VALUES(7,'mayor-keeps-ferry','Tom Okafor welcomed the change and said the strike is off.',153,211,NULL,NULL,NULL,NULL,NULL,NULL,'answer',1,'harbour-ferry',NULL,'harbour-ferry/strike',NULL,NULL,NULL,NULL,NULL);
INSERT INTO "evidence" VALUES(8,'council-votes-to-close-ferry','Northbridge city council voted on Tuesday to close the harbour ferry at the end of the year.',0,92,NULL,NULL,NULL,NULL,NULL,NULL,'event',1,'harbour-ferry',NULL,NULL,'harbour-ferry/1',NULL,NULL,NULL,NULL);
INSERT INTO "evidence" VALUES(9,'mayor-keeps-ferry','Speaking to reporters last week, the mayor said',69,116,NULL,NULL,NULL,NULL,NULL,NULL,'event',1,'harbour-ferry',NULL,NULL,'harbour-ferry/2',NULL,NULL,NULL,NULL);
INSERT INTO "evidence" VALUES(10,'council-votes-to-close-ferry','to close the harbour ferry at the end of the year',42,91,NULL,NULL,NULL,NULL,NULL,NULL,'event',1,'harbour-ferry',NULL,NULL,'harbour-ferry/3',NULL,NULL,NULL,NULL);
INSERT INTO "evidence" VALUES(11,'mayor-keeps-ferry','Some councillors have claimed the ferry loses a million euros a year',212,280,'reported',NULL,NULL,NULL,NULL,NULL,'claim',1,'harbour-ferry',NULL,NULL,NULL,'harbour-ferry/ferry-loses-a-million',NULL,NULL,NULL);
INSERT INTO "evidence" VALUES(12,'mayor-keeps-ferry','but the council’s own accounts show a loss of about 200,000 euros',282,347,'framing',NULL,NULL,NULL,NULL,NULL,'rebuttal',1,'harbour-ferry',NULL,NULL,NULL,'harbour-ferry/ferry-loses-a-million','harbour-ferry/ferry-loses-a-million/1',NULL,NULL);
INSERT INTO sqlite_master(type,name,tbl_name,rootpage,sql)VALUES('table','evidence_fts','evidence_fts',0,'CREATE VIRTUAL TABLE "evidence_fts" USING FTS5 (
    "quote",
    content="evidence"
)');
INSERT INTO "evidence_fts" VALUES('The ferry workers’ union called the vote “a betrayal of the east shore”.');
INSERT INTO "evidence_fts" VALUES('Union leader Tom Okafor');
INSERT INTO "evidence_fts" VALUES('the council would back the closure "only if the new bridge opens first"');
INSERT INTO "evidence_fts" VALUES('The ferry workers’ union called the vote “a betrayal of the east shore”.');
INSERT INTO "evidence_fts" VALUES('Mayor Ferreira now says the harbour ferry should stay open for good.');
INSERT INTO "evidence_fts" VALUES('“The ferry is part of who we are.”');
INSERT INTO "evidence_fts" VALUES('Tom Okafor welcomed the change and said the strike is off.');
INSERT INTO "evidence_fts" VALUES('Northbridge city council voted on Tuesday to close the harbour ferry at the end of the year.');
INSERT INTO "evidence_fts" VALUES('Speaking to reporters last week, the mayor said');
INSERT INTO "evidence_fts" VALUES('to close the harbour ferry at the end of the year');
INSERT INTO "evidence_fts" VALUES('Some councillors have claimed the ferry loses a million euros a year');
INSERT INTO "evidence_fts" VALUES('but the council’s own accounts show a loss of about 200,000 euros');
CREATE TABLE 'evidence_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;
INSERT INTO "evidence_fts_config" VALUES('version',4);
CREATE TABLE 'evidence_fts_data'(id INTEGER PRIMARY KEY, block BLOB);
INSERT INTO "evidence_fts_data" VALUES(1,X'0C8108');
INSERT INTO "evidence_fts_data" VALUES(10,X'000000000101010001010101');
INSERT INTO "evidence_fts_data" VALUES(137438953473,X'0000032204303030300C020E01033230300C020D010161010209030209070409050102090204626F75740C020C020763636F756E74730C020702026E640702070202726506020902017408020D02020701046261636B03020502076574726179616C01020A03020A0205726964676503020C020275740C0202010663616C6C6564010206030206020568616E6765070206020369747908020302066C61696D65640B020503036F7365080209020203050375726503020702066F756E63696C03020305020404020408046C6F72730B020301046561737401020D03020D02026E6408020F020209020475726F730B020B01020F0108666572726569726105020305017901020303020301020801020302020C02020601020702046972737403020E02026F7205020C0104676F6F6405020D0107686172626F757205020703020B020205030276650B02040102696603020902017306020401020B01046C6173740902050205656164657202020302046F7365730B02080401730C020A01056D61796F720502020402080206696C6C696F6E0B020A01036E657703020B020A6F72746862726964676508020203017705020401026F6601020B03020B02020602021002020A02020B03016607020C02056B61666F7202020505020302016E08020603026C79030208020370656E05020B05017303020D0202776E0C020601047061727406020501097265706F72746572730902040101730C02050203616964070208020209030279730502050204686F726501020E03020E0403756C640502090401770C020802036F6D650B020202077065616B696E67090202020374617905020A030472696B6507020A01037468650106020707020602060601060207070102060102020104050601060A0605010207010604060501020601020302016F08020801020301020203016D02020405020202067565736461790802070105756E696F6E0102050102020202050104766F7465010208030208050164080205010277650602080302656B09020603066C636F6D65640702040202686F06020702066F726B6572730102040302040303756C6403020401047965617208021202020C01020D04080810090C070709090F0A070E0A080B0B0811090C0A0C0D1809070912070709090A09060D0B080F0616060D0607080607090E060B070C0806080C0809310C090B100C0607070B070E08');
CREATE TABLE 'evidence_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
INSERT INTO "evidence_fts_docsize" VALUES(1,X'0D');
INSERT INTO "evidence_fts_docsize" VALUES(2,X'04');
INSERT INTO "evidence_fts_docsize" VALUES(3,X'0D');
INSERT INTO "evidence_fts_docsize" VALUES(4,X'0D');
INSERT INTO "evidence_fts_docsize" VALUES(5,X'0C');
INSERT INTO "evidence_fts_docsize" VALUES(6,X'08');
INSERT INTO "evidence_fts_docsize" VALUES(7,X'0B');
INSERT INTO "evidence_fts_docsize" VALUES(8,X'11');
INSERT INTO "evidence_fts_docsize" VALUES(9,X'08');
INSERT INTO "evidence_fts_docsize" VALUES(10,X'0B');
INSERT INTO "evidence_fts_docsize" VALUES(11,X'0C');
INSERT INTO "evidence_fts_docsize" VALUES(12,X'0E');
CREATE TABLE 'evidence_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
INSERT INTO "evidence_fts_idx" VALUES(1,X'',2);
CREATE TABLE "issues" (
   "key" TEXT PRIMARY KEY,
   "briefing" TEXT REFERENCES "briefings"("id"),
   "id" TEXT,
   "title" TEXT,
   "proposition" TEXT,
   "description" TEXT
);
INSERT INTO "issues" VALUES('harbour-ferry/ferry-closure','harbour-ferry','ferry-closure','Closing the harbour ferry','The harbour ferry should stop running once the new bridge opens.','Whether the harbour ferry should stop running once a new bridge opens.');
CREATE TABLE "judgements" (
   "key" TEXT PRIMARY KEY,
   "briefing" TEXT REFERENCES "briefings"("id"),
   "id" TEXT,
   "statement" TEXT,
   "likelihood" TEXT,
   "confidence" TEXT,
   "horizon" TEXT,
   "horizon_precision" TEXT,
   "horizon_approximate" INTEGER,
   "horizon_text" TEXT,
   "question" TEXT REFERENCES "questions"("key"),
   "criteria" TEXT,
   "reasoning" TEXT,
   "assumptions" TEXT,
   "indicators" TEXT,
   "alternative" TEXT,
   "basis" TEXT,
   "history" TEXT,
   "outcome_result" TEXT,
   "outcome_on" TEXT,
   "outcome_note" TEXT,
   "outcome_scored_at" REAL
);
INSERT INTO sqlite_master(type,name,tbl_name,rootpage,sql)VALUES('table','judgements_fts','judgements_fts',0,'CREATE VIRTUAL TABLE "judgements_fts" USING FTS5 (
    "statement", "reasoning",
    content="judgements"
)');
CREATE TABLE 'judgements_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;
INSERT INTO "judgements_fts_config" VALUES('version',4);
CREATE TABLE 'judgements_fts_data'(id INTEGER PRIMARY KEY, block BLOB);
INSERT INTO "judgements_fts_data" VALUES(1,X'');
INSERT INTO "judgements_fts_data" VALUES(10,X'00000000000000');
CREATE TABLE 'judgements_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
CREATE TABLE 'judgements_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
CREATE TABLE "positions" (
   "key" TEXT PRIMARY KEY,
   "briefing" TEXT REFERENCES "briefings"("id"),
   "id" TEXT,
   "actor" TEXT REFERENCES "actors"("id"),
   "issue" TEXT REFERENCES "issues"("key"),
   "stance" TEXT,
   "summary" TEXT,
   "conditions" TEXT,
   "said_on" TEXT,
   "said_on_precision" TEXT,
   "said_on_approximate" INTEGER,
   "said_on_text" TEXT,
   "said_on_basis" TEXT,
   "said_on_relative" TEXT,
   "said_on_note" TEXT,
   "said_on_source" TEXT REFERENCES "sources"("id"),
   "age_days" INTEGER,
   "stale" INTEGER,
   "independent_sources" INTEGER
);
INSERT INTO "positions" VALUES('harbour-ferry/ferreira-ferry-closure','harbour-ferry','ferreira-ferry-closure','ferreira','harbour-ferry/ferry-closure','conditional','Backs the closure only if the new bridge opens first.','[{"condition": "The new bridge opens before the ferry stops", "issue": null, "question": null}]','2025-06-12','day',0,'by 12 June 2025','report',NULL,NULL,'council-votes-to-close-ferry',33,0,1);
INSERT INTO "positions" VALUES('harbour-ferry/ferry-union-ferry-closure','harbour-ferry','ferry-union-ferry-closure','ferry-union','harbour-ferry/ferry-closure','opposes','Calls the council''s vote a betrayal of the east shore.','[]','2025-06-12','day',0,'by 12 June 2025','report',NULL,NULL,'council-votes-to-close-ferry',33,0,1);
INSERT INTO "positions" VALUES('harbour-ferry/ferreira-ferry-closure-2','harbour-ferry','ferreira-ferry-closure-2','ferreira','harbour-ferry/ferry-closure','opposes','Now says the ferry should stay open for good.','[]','2025-07-15','month',0,'by July 2025','report',NULL,NULL,'mayor-keeps-ferry',0,0,1);
INSERT INTO sqlite_master(type,name,tbl_name,rootpage,sql)VALUES('table','positions_fts','positions_fts',0,'CREATE VIRTUAL TABLE "positions_fts" USING FTS5 (
    "summary",
    content="positions"
)');
INSERT INTO "positions_fts" VALUES('Backs the closure only if the new bridge opens first.');
INSERT INTO "positions_fts" VALUES('Calls the council''s vote a betrayal of the east shore.');
INSERT INTO "positions_fts" VALUES('Now says the ferry should stay open for good.');
CREATE TABLE 'positions_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;
INSERT INTO "positions_fts_config" VALUES('version',4);
CREATE TABLE 'positions_fts_data'(id INTEGER PRIMARY KEY, block BLOB);
INSERT INTO "positions_fts_data" VALUES(1,X'031E');
INSERT INTO "positions_fts_data" VALUES(10,X'000000000101010001010101');
INSERT INTO "positions_fts_data" VALUES(137438953473,X'000000E902306102020701056261636B7301020202076574726179616C02020802057269646765010209010563616C6C7302020202066C6F7375726501020402066F756E63696C02020401046561737402020B0105666572727903020502046972737401020B02026F720302090104676F6F6403020A0102696601020601036E657701020802026F7703020201026F6602020902036E6C79010205020370656E03020805017301020A01017302020502036179730302030204686F726502020C0403756C640302060203746179030207010374686501040306010403090102040104766F746502020604060A0C0A0A0B0B090A09070907080707080806060809080810');
CREATE TABLE 'positions_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
INSERT INTO "positions_fts_docsize" VALUES(1,X'0A');
INSERT INTO "positions_fts_docsize" VALUES(2,X'0B');
INSERT INTO "positions_fts_docsize" VALUES(3,X'09');
CREATE TABLE 'positions_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
INSERT INTO "positions_fts_idx" VALUES(1,X'',2);
CREATE TABLE "questions" (
   "key" TEXT PRIMARY KEY,
   "briefing" TEXT REFERENCES "briefings"("id"),
   "id" TEXT,
   "question" TEXT,
   "why" TEXT,
   "status" TEXT,
   "actors" TEXT,
   "issue" TEXT REFERENCES "issues"("key"),
   "answer" TEXT,
   "answer_as_of" TEXT
);
INSERT INTO "questions" VALUES('harbour-ferry/strike','harbour-ferry','strike','Will the ferry workers strike?','Okafor said his members would strike if the ferry stopped before the bridge was ready.','answered','["okafor"]','harbour-ferry/ferry-closure','No: after the mayor changed course, Okafor said the strike is off.','2025-07-15');
INSERT INTO "questions" VALUES('harbour-ferry/new-vote','harbour-ferry','new-vote','Will the council vote again on closing the ferry?','The council approved the closure in June, and its mayor now wants the ferry kept.','open','["northbridge-council"]',NULL,NULL,NULL);
INSERT INTO sqlite_master(type,name,tbl_name,rootpage,sql)VALUES('table','questions_fts','questions_fts',0,'CREATE VIRTUAL TABLE "questions_fts" USING FTS5 (
    "question", "why",
    content="questions"
)');
INSERT INTO "questions_fts" VALUES('Will the ferry workers strike?','Okafor said his members would strike if the ferry stopped before the bridge was ready.');
INSERT INTO "questions_fts" VALUES('Will the council vote again on closing the ferry?','The council approved the closure in June, and its mayor now wants the ferry kept.');
CREATE TABLE 'questions_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;
INSERT INTO "questions_fts_config" VALUES('version',4);
CREATE TABLE 'questions_fts_data'(id INTEGER PRIMARY KEY, block BLOB);
INSERT INTO "questions_fts_data" VALUES(1,X'020E1E');
INSERT INTO "questions_fts_data" VALUES(10,X'000000000101010001010101');
INSERT INTO "questions_fts_data" VALUES(137438953473,X'000001670630616761696E02020602026E64020601010902077070726F766564020601010401066265666F7265010601010C02057269646765010601010E0107636C6F73696E670202080503757265020601010602066F756E63696C0208040101030105666572727901080401010A01080A01010F0103686973010601010401026966010601010802016E020601010702027473020601010A01046A756E65020601010801046B657074020601011001056D61796F72020601010B0206656D62657273010601010501036E6F77020601010C01066F6B61666F72010601010202016E02020701057265616479010601011001047361696401060101030206746F70706564010601010B030472696B650108060101070103746865010A0301010906010E0308010102050B0104766F7465020205010577616E7473020601010D030173010601010F0203696C6C01020201020202066F726B6572730102050303756C640106010106040A090E0D0C0C0A0E130A0908090B0B0C0D0A0D060C0B0D0C15090C080B0B');
CREATE TABLE 'questions_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
INSERT INTO "questions_fts_docsize" VALUES(1,X'050F');
INSERT INTO "questions_fts_docsize" VALUES(2,X'090F');
CREATE TABLE 'questions_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
INSERT INTO "questions_fts_idx" VALUES(1,X'',2);
CREATE TABLE "rebuttals" (
   "key" TEXT PRIMARY KEY,
   "briefing" TEXT REFERENCES "briefings"("id"),
   "claim" TEXT REFERENCES "claims"("key"),
   "number" INTEGER,
   "by" TEXT REFERENCES "actors"("id"),
   "unnamed" TEXT,
   "voice" TEXT,
   "kind" TEXT,
   "summary" TEXT
);
INSERT INTO "rebuttals" VALUES('harbour-ferry/ferry-loses-a-million/1','harbour-ferry','harbour-ferry/ferry-loses-a-million',1,NULL,NULL,'source','factual','The article reports that the council''s own accounts show a loss of about 200,000 euros.');
CREATE TABLE "relations" (
   "key" TEXT PRIMARY KEY,
   "actor" TEXT REFERENCES "actors"("id"),
   "relation" TEXT,
   "other_actor" TEXT REFERENCES "actors"("id"),
   "background" TEXT
);
INSERT INTO "relations" VALUES('ferreira/leads/northbridge-council','ferreira','leads','northbridge-council','Ana Ferreira has been mayor of Northbridge, and chairs its council, since 2021.');
INSERT INTO "relations" VALUES('ferry-union/opposed-to/northbridge-council','ferry-union','opposed-to','northbridge-council',NULL);
INSERT INTO "relations" VALUES('okafor/speaks-for/ferry-union','okafor','speaks-for','ferry-union',NULL);
CREATE TABLE "sides" (
   "key" TEXT PRIMARY KEY,
   "briefing" TEXT REFERENCES "briefings"("id"),
   "id" TEXT,
   "name" TEXT,
   "actors" TEXT
);
CREATE TABLE "sources" (
   "id" TEXT PRIMARY KEY,
   "headline" TEXT,
   "headline_by" TEXT,
   "outlet" TEXT,
   "outlet_id" TEXT,
   "outlet_country" TEXT,
   "outlet_kind" TEXT,
   "url" TEXT,
   "published" TEXT,
   "published_precision" TEXT,
   "published_approximate" INTEGER,
   "published_text" TEXT,
   "date_basis" TEXT,
   "date_reason" TEXT,
   "caption" TEXT
);
INSERT INTO "sources" VALUES('council-votes-to-close-ferry','Northbridge council votes to close the harbour ferry','article','The Northbridge Courier','northbridge-courier','PT','newspaper','https://example.org/northbridge/ferry-vote','2025-06-12','day',0,'12 June 2025','published',NULL,NULL);
INSERT INTO "sources" VALUES('mayor-keeps-ferry','Mayor Ferreira changes course on the harbour ferry','annotator',NULL,NULL,NULL,NULL,NULL,'2025-07-15','month',0,'July 2025','text','The article gives no date. It calls the council vote of 10 June 2025 "last month", so it was written in July 2025.','The harbour ferry at the east shore pier');
CREATE INDEX "idx_actors_affiliation"
    ON "actors" ("affiliation");
CREATE INDEX "idx_relations_other_actor"
    ON "relations" ("other_actor");
CREATE INDEX "idx_relations_actor"
    ON "relations" ("actor");
CREATE INDEX "idx_sides_briefing"
    ON "sides" ("briefing");
CREATE INDEX "idx_issues_briefing"
    ON "issues" ("briefing");
CREATE INDEX "idx_positions_said_on_source"
    ON "positions" ("said_on_source");
CREATE INDEX "idx_positions_issue"
    ON "positions" ("issue");
CREATE INDEX "idx_positions_actor"
    ON "positions" ("actor");
CREATE INDEX "idx_positions_briefing"
    ON "positions" ("briefing");
CREATE INDEX "idx_questions_issue"
    ON "questions" ("issue");
CREATE INDEX "idx_questions_briefing"
    ON "questions" ("briefing");
CREATE INDEX "idx_events_date_source"
    ON "events" ("date_source");
CREATE INDEX "idx_events_briefing"
    ON "events" ("briefing");
CREATE INDEX "idx_claims_issue"
    ON "claims" ("issue");
CREATE INDEX "idx_claims_briefing"
    ON "claims" ("briefing");
CREATE INDEX "idx_rebuttals_by"
    ON "rebuttals" ("by");
CREATE INDEX "idx_rebuttals_claim"
    ON "rebuttals" ("claim");
CREATE INDEX "idx_rebuttals_briefing"
    ON "rebuttals" ("briefing");
CREATE INDEX "idx_judgements_question"
    ON "judgements" ("question");
CREATE INDEX "idx_judgements_briefing"
    ON "judgements" ("briefing");
CREATE INDEX "idx_evidence_judgement"
    ON "evidence" ("judgement");
CREATE INDEX "idx_evidence_relation"
    ON "evidence" ("relation");
CREATE INDEX "idx_evidence_rebuttal"
    ON "evidence" ("rebuttal");
CREATE INDEX "idx_evidence_claim"
    ON "evidence" ("claim");
CREATE INDEX "idx_evidence_event"
    ON "evidence" ("event");
CREATE INDEX "idx_evidence_question"
    ON "evidence" ("question");
CREATE INDEX "idx_evidence_position"
    ON "evidence" ("position");
CREATE INDEX "idx_evidence_briefing"
    ON "evidence" ("briefing");
CREATE INDEX "idx_evidence_via_actor"
    ON "evidence" ("via_actor");
CREATE INDEX "idx_evidence_speaker"
    ON "evidence" ("speaker");
CREATE INDEX "idx_evidence_source"
    ON "evidence" ("source");
PRAGMA writable_schema=OFF;
COMMIT;
