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
INSERT INTO "actors" VALUES('chatham-house','Chatham House','organisation','expert','Foreign-affairs think tank in London',NULL,'GB','[]',NULL);
INSERT INTO "actors" VALUES('china','China','state','state',NULL,NULL,'CN','[]','Q148');
INSERT INTO "actors" VALUES('coalition-of-the-willing','Coalition of the Willing','alliance','alliance','Informal alliance of countries pledging to protect Ukraine after a ceasefire',NULL,NULL,'["the coalition", "Starmer''s coalition", "the informal alliance"]',NULL);
INSERT INTO "actors" VALUES('european-union','European Union','organisation','alliance','Political and economic union of European states',NULL,NULL,'["EU"]','Q458');
INSERT INTO "actors" VALUES('france','France','state','state',NULL,NULL,'FR','[]','Q142');
INSERT INTO "actors" VALUES('germany','Germany','state','state',NULL,NULL,'DE','[]','Q183');
INSERT INTO "actors" VALUES('giles','Keir Giles','person','expert','Russia expert at Chatham House','chatham-house','GB','["Chatham House''s Keir Giles"]',NULL);
INSERT INTO "actors" VALUES('grushko','Alexander Grushko','person','minister','Deputy Foreign Minister of Russia','russia','RU','["Grushko"]',NULL);
INSERT INTO "actors" VALUES('kim-jong-un','Kim Jong Un','person','head-of-state-or-government','Leader of North Korea','north-korea','KP','["Kim Jong-un", "North Korea''s Kim Jong Un"]','Q56226');
INSERT INTO "actors" VALUES('kremlin','The Kremlin','government','government','Office of the President of Russia','russia','RU','["Kremlin"]',NULL);
INSERT INTO "actors" VALUES('macron','Emmanuel Macron','person','head-of-state-or-government','President of France','france','FR','["Macron", "French President Emmanuel Macron"]','Q3052772');
INSERT INTO "actors" VALUES('nato','Nato','alliance','alliance','North Atlantic military alliance',NULL,NULL,'["NATO"]','Q7184');
INSERT INTO "actors" VALUES('north-korea','North Korea','state','state',NULL,NULL,'KP','[]','Q423');
INSERT INTO "actors" VALUES('peskov','Dmitry Peskov','person','official-spokesperson','Kremlin spokesperson','kremlin','RU','["Peskov", "the Kremlin''s spokesperson"]',NULL);
INSERT INTO "actors" VALUES('putin','Vladimir Putin','person','head-of-state-or-government','President of Russia','russia','RU','["Putin", "the Russian leader", "Russian president"]','Q7747');
INSERT INTO "actors" VALUES('rogov','Vladimir Rogov','person','civic-body','Chairman of a Russian Civic Chamber commission','russian-civic-chamber','RU','["Rogov"]',NULL);
INSERT INTO "actors" VALUES('russia','Russia','state','state',NULL,NULL,'RU','["Moscow"]','Q159');
INSERT INTO "actors" VALUES('russian-civic-chamber','Russian Civic Chamber','organisation','civic-body','Civil society institution created by Putin','russia','RU','["Civic Chamber of the Russian Federation"]',NULL);
INSERT INTO "actors" VALUES('starmer','Keir Starmer','person','head-of-state-or-government','Prime Minister of the United Kingdom','uk','GB','["Starmer", "Sir Keir", "Sir Keir Starmer", "the PM", "the UK prime minister"]',NULL);
INSERT INTO "actors" VALUES('tass','TASS','media','state-media','Russian state news agency','russia','RU','["Russian state news agency TASS"]',NULL);
INSERT INTO "actors" VALUES('trump','Donald Trump','person','head-of-state-or-government','President of the United States','us','US','["Trump", "Mr Trump", "the US President", "US President Donald Trump"]','Q22686');
INSERT INTO "actors" VALUES('uk','United Kingdom','state','state',NULL,NULL,'GB','["UK", "Britain"]','Q145');
INSERT INTO "actors" VALUES('ukraine','Ukraine','state','state',NULL,NULL,'UA','["Kyiv"]','Q212');
INSERT INTO "actors" VALUES('us','United States','state','state',NULL,NULL,'US','["US", "the US", "the current administration of the US"]','Q30');
INSERT INTO "actors" VALUES('white-house','The White House','government','government','Office of the President of the United States','us','US','["White House"]',NULL);
INSERT INTO "actors" VALUES('xi','Xi Jinping','person','head-of-state-or-government','President of China','china','CN','["Xi", "China''s President Xi Jinping"]','Q15031');
INSERT INTO "actors" VALUES('zelenskyy','Volodymyr Zelenskyy','person','head-of-state-or-government','President of Ukraine','ukraine','UA','["Zelenskyy", "Zelensky", "Ukrainian President Volodymyr Zelenskyy"]','Q3874799');
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
INSERT INTO "briefings" VALUES('coalition-of-the-willing','The coalition of the willing and foreign troops in Ukraine','In March 2025 Keir Starmer said a "coalition of the willing" could protect Ukraine only with a US security guarantee, which the White House had refused; Russia''s deputy foreign minister ruled out troops from Ukraine''s allies. By September 2025 coalition leaders had vowed to deploy troops if a ceasefire deal is reached and Donald Trump had suggested the US would "probably" provide air support, while the Kremlin said foreign contingents could "definitely not" provide Ukraine''s security guarantees and Moscow asked to be one of the guarantors.','2025-09-05','["starmer-coalition-bluff", "putin-rejects-boots-on-the-ground"]','archived',90,34,9,23,23,13,5,'The coalition promises troops only after a ceasefire, and Britain only with a US guarantee that Washington has not given. Russia rejects any Western force and wants to be a guarantor itself, which Kyiv rejects: no deployment is in sight.','[{"date": "2025-03-17", "note": "Britain''s plan for a coalition of the willing and Russia''s response, from the first article.", "sources": ["starmer-coalition-bluff"]}, {"date": "2025-09-05", "note": "The coalition''s vow after the Paris summit, Trump''s \"probably\" and Russia''s rejection, from the second article.", "sources": ["putin-rejects-boots-on-the-ground"]}]');
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
INSERT INTO "claims" VALUES('coalition-of-the-willing/zelenskyy-not-elected','coalition-of-the-willing','zelenskyy-not-elected','Zelenskyy lacks a democratic mandate.','["russia", "trump", "rogov"]','[]','coalition-of-the-willing/zelenskyy-mandate',1,'[]',NULL);
INSERT INTO "claims" VALUES('coalition-of-the-willing/no-legal-mandate','coalition-of-the-willing','no-legal-mandate','Foreign troops in Ukraine would have no legal mandate.','["rogov"]','[]','coalition-of-the-willing/foreign-troops',1,'[]',NULL);
INSERT INTO "claims" VALUES('coalition-of-the-willing/occupation-troops','coalition-of-the-willing','occupation-troops','A European force in Ukraine would be "occupation troops".','["rogov"]','[]','coalition-of-the-willing/foreign-troops',1,'[]',NULL);
INSERT INTO "claims" VALUES('coalition-of-the-willing/coalition-bluff','coalition-of-the-willing','coalition-bluff','Starmer''s plan is a "bluff", as it depends on US support.','["rogov"]','[]','coalition-of-the-willing/foreign-troops',1,'[]',NULL);
INSERT INTO "claims" VALUES('coalition-of-the-willing/light-at-end-of-tunnel','coalition-of-the-willing','light-at-end-of-tunnel','The war is close to ending.','["putin"]','[]','coalition-of-the-willing/negotiated-end',1,'[]',NULL);
INSERT INTO "claims" VALUES('coalition-of-the-willing/root-causes','coalition-of-the-willing','root-causes','The conflict has "root causes" to address first.','["russia"]','[]','coalition-of-the-willing/negotiated-end',1,'[]',NULL);
INSERT INTO "claims" VALUES('coalition-of-the-willing/troops-significant-number','coalition-of-the-willing','troops-significant-number','A "significant number" of countries want to send troops.','["starmer"]','[]','coalition-of-the-willing/foreign-troops',1,'[]',NULL);
INSERT INTO "claims" VALUES('coalition-of-the-willing/unbreakable-pledge','coalition-of-the-willing','unbreakable-pledge','The West has a US-backed "unbreakable pledge" to Ukraine.','["starmer"]','[]','coalition-of-the-willing/us-backstop',1,'[]','Neither article reports a US commitment to match: the first says the White House refused Europe a security guarantee, and the second only that Trump suggested the US would "probably" provide air support.');
PRAGMA writable_schema=ON;
INSERT INTO sqlite_master(type,name,tbl_name,rootpage,sql)VALUES('table','claims_fts','claims_fts',0,'CREATE VIRTUAL TABLE "claims_fts" USING FTS5 (
    "claim",
    content="claims"
)');
INSERT INTO "claims_fts" VALUES('Zelenskyy lacks a democratic mandate.');
INSERT INTO "claims_fts" VALUES('Foreign troops in Ukraine would have no legal mandate.');
INSERT INTO "claims_fts" VALUES('A European force in Ukraine would be "occupation troops".');
INSERT INTO "claims_fts" VALUES('Starmer''s plan is a "bluff", as it depends on US support.');
INSERT INTO "claims_fts" VALUES('The war is close to ending.');
INSERT INTO "claims_fts" VALUES('The conflict has "root causes" to address first.');
INSERT INTO "claims_fts" VALUES('A "significant number" of countries want to send troops.');
INSERT INTO "claims_fts" VALUES('The West has a US-backed "unbreakable pledge" to Ukraine.');
CREATE TABLE 'claims_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;
INSERT INTO "claims_fts_config" VALUES('version',4);
CREATE TABLE 'claims_fts_data'(id INTEGER PRIMARY KEY, block BLOB);
INSERT INTO "claims_fts_data" VALUES(1,X'0844');
INSERT INTO "claims_fts_data" VALUES(10,X'000000000101010001010101');
INSERT INTO "claims_fts_data" VALUES(137438953473,X'00000208023061010204020202010206030202010205020664647265737306020802017304020801066261636B656408020702016503020802046C756666040207010663617573657306020602046C6F736505020502076F6E666C6963740602030307756E7472696573070206010A64656D6F637261746963010205030570656E647304020A0106656E64696E67050207020775726F7065616E0302030105666972737406020902046F72636503020404046569676E0202020103686173060204020204030276650202070102696E02020401020502017304020501020402017404020901056C61636B7301020302046567616C02020901076D616E6461746501020601020A01026E6F0202080205756D626572070204010A6F636375706174696F6E03020902016607020502016E04020B0104706C616E0402040304656467650802090104726F6F740602050101730402030203656E64070209020A69676E69666963616E7407020302067461726D657204020202067570706F727404020D010374686505020201020202020202016F05020601020701020801020A0205726F6F707302020301020A04020A0107756B7261696E6502020501020605020B020A6E627265616B61626C6508020802017304020C040206010477616E74070207030172050203020365737408020302046F756C6402020601020701097A656C656E736B797901020204120B060B06090B090C0C0F0A0B0C0A09090B070A09060A090F070A0F060609090906080F0B0B0E0F10120F090906080C');
CREATE TABLE 'claims_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
INSERT INTO "claims_fts_docsize" VALUES(1,X'05');
INSERT INTO "claims_fts_docsize" VALUES(2,X'09');
INSERT INTO "claims_fts_docsize" VALUES(3,X'09');
INSERT INTO "claims_fts_docsize" VALUES(4,X'0C');
INSERT INTO "claims_fts_docsize" VALUES(5,X'06');
INSERT INTO "claims_fts_docsize" VALUES(6,X'08');
INSERT INTO "claims_fts_docsize" VALUES(7,X'09');
INSERT INTO "claims_fts_docsize" VALUES(8,X'0A');
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
INSERT INTO "events" VALUES('coalition-of-the-willing/invasion','coalition-of-the-willing','invasion','2022-01-01','year',0,'2022','text',NULL,NULL,'starmer-coalition-bluff','Putin orders the invasion of Ukraine, which, the first article says, began the war.','["putin", "russia", "ukraine"]','[]');
INSERT INTO "events" VALUES('coalition-of-the-willing/election-postponed','coalition-of-the-willing','election-postponed','2024-01-01','year',0,'2024','text',NULL,NULL,'starmer-coalition-bluff','Ukraine''s 2024 presidential election is postponed because of war-induced martial law.','["ukraine"]','[]');
INSERT INTO "events" VALUES('coalition-of-the-willing/giles-go-in-now','coalition-of-the-willing','giles-go-in-now','2025-03-17','day',1,'by about 17 March 2025','report',NULL,NULL,'starmer-coalition-bluff','Keir Giles of Chatham House calls for Starmer''s coalition to go into Ukraine without waiting for US backing.','["giles"]','[]');
INSERT INTO "events" VALUES('coalition-of-the-willing/grushko-rules-out','coalition-of-the-willing','grushko-rules-out','2025-03-17','day',1,'by about 17 March 2025','report',NULL,NULL,'starmer-coalition-bluff','Russia''s deputy foreign minister Alexander Grushko rules out deploying soldiers from Ukraine''s allies.','["grushko", "russia"]','[]');
INSERT INTO "events" VALUES('coalition-of-the-willing/putin-fifth-term','coalition-of-the-willing','putin-fifth-term','2025-03-17','day',1,'by about 17 March 2025','report','has just',NULL,'starmer-coalition-bluff','Putin wins a fifth term in office in an election that, the first article says, many in the West believe was rigged.','["putin", "russia"]','[{"date": "2024-03-01", "precision": "month", "approximate": false, "text": "March 2024", "basis": "outside", "relative": null, "note": "Russia''s presidential election that gave Putin his fifth term was held on 15–17 March 2024, a year before the article, which says he \"has just won\".", "source": null}]');
INSERT INTO "events" VALUES('coalition-of-the-willing/rogov-bluff','coalition-of-the-willing','rogov-bluff','2025-03-17','day',1,'by about 17 March 2025','report',NULL,NULL,'starmer-coalition-bluff','Vladimir Rogov, who chairs a Russian Civic Chamber commission, tells TASS that Starmer''s plan is a "bluff".','["rogov", "tass"]','[]');
INSERT INTO "events" VALUES('coalition-of-the-willing/thirty-countries','coalition-of-the-willing','thirty-countries','2025-03-17','day',1,'by about 17 March 2025','report',NULL,NULL,'starmer-coalition-bluff','Starmer claims that more than 30 countries want to join the coalition.','["starmer", "coalition-of-the-willing"]','[]');
INSERT INTO "events" VALUES('coalition-of-the-willing/march-talks','coalition-of-the-willing','march-talks','2025-03-18','day',1,'about 18 March 2025','relative','on Tuesday',NULL,'starmer-coalition-bluff','Trump is due to hold talks with Putin, seeking his backing for a 30-day ceasefire.','["trump", "putin"]','[]');
INSERT INTO "events" VALUES('coalition-of-the-willing/alaska-meeting','coalition-of-the-willing','alaska-meeting','2025-08-01','month',0,'August 2025','relative','last month',NULL,'putin-rejects-boots-on-the-ground','Putin and Trump meet in Alaska; according to the second article the meeting does not lead to any significant developments.','["putin", "trump"]','[]');
INSERT INTO "events" VALUES('coalition-of-the-willing/beijing-parade','coalition-of-the-willing','beijing-parade','2025-09-03','day',1,'about 3 September 2025','relative','on Wednesday',NULL,'putin-rejects-boots-on-the-ground','Putin joins Xi Jinping and Kim Jong Un at a military parade in Beijing, before speaking to journalists there.','["putin", "xi", "kim-jong-un", "china", "north-korea"]','[]');
INSERT INTO "events" VALUES('coalition-of-the-willing/paris-summit','coalition-of-the-willing','paris-summit','2025-09-03','day',0,'3 September 2025','relative','on Wednesday',NULL,'putin-rejects-boots-on-the-ground','Macron hosts a summit of the coalition in Paris with 35 other countries; according to the second article, Starmer and Trump "dialled in".','["macron", "france", "coalition-of-the-willing", "starmer", "trump"]','[{"date": "2025-09-04", "precision": "day", "approximate": false, "text": "4 September 2025", "basis": "outside", "relative": null, "note": "The French presidency''s announcement and other outlets'' reports put the Paris meeting on Thursday 4 September 2025; the second article says Wednesday.", "source": null}]');
INSERT INTO "events" VALUES('coalition-of-the-willing/putin-beijing-remarks','coalition-of-the-willing','putin-beijing-remarks','2025-09-03','day',0,'3 September 2025','relative','on Wednesday',NULL,'putin-rejects-boots-on-the-ground','Putin tells journalists in Beijing that the war in Ukraine is close to ending.','["putin"]','[]');
INSERT INTO "events" VALUES('coalition-of-the-willing/trump-oval-office-warning','coalition-of-the-willing','trump-oval-office-warning','2025-09-03','day',0,'3 September 2025','relative','on Wednesday night',NULL,'putin-rejects-boots-on-the-ground','Speaking in the Oval Office, Trump warns Putin that "you''ll see things happen" if he makes decisions Trump disagrees with.','["trump", "putin"]','[]');
INSERT INTO "events" VALUES('coalition-of-the-willing/coalition-vow','coalition-of-the-willing','coalition-vow','2025-09-05','day',0,'by 5 September 2025','report',NULL,NULL,'putin-rejects-boots-on-the-ground','Coalition leaders formally vow to deploy troops "by land, sea or air" if a ceasefire deal is reached.','["coalition-of-the-willing"]','[]');
INSERT INTO "events" VALUES('coalition-of-the-willing/guarantor-demand','coalition-of-the-willing','guarantor-demand','2025-09-05','day',0,'by 5 September 2025','report',NULL,NULL,'putin-rejects-boots-on-the-ground','Moscow insists no Western forces should deploy to Ukraine and that Russia should be one of the guarantors; Kyiv and its allies reject this.','["russia", "ukraine"]','[]');
INSERT INTO "events" VALUES('coalition-of-the-willing/peskov-rejects-contingents','coalition-of-the-willing','peskov-rejects-contingents','2025-09-05','day',0,'by 5 September 2025','report',NULL,NULL,'putin-rejects-boots-on-the-ground','The Kremlin''s spokesperson Dmitry Peskov tells Russian state media that foreign military contingents cannot provide Ukraine''s security guarantees.','["peskov", "kremlin"]','[]');
INSERT INTO "events" VALUES('coalition-of-the-willing/trump-air-support','coalition-of-the-willing','trump-air-support','2025-09-05','day',0,'by 5 September 2025','report','recently',NULL,'putin-rejects-boots-on-the-ground','Trump suggests the US would "probably" be willing to provide air support.','["trump"]','[]');
INSERT INTO "events" VALUES('coalition-of-the-willing/unbreakable-pledge','coalition-of-the-willing','unbreakable-pledge','2025-09-05','day',0,'by 5 September 2025','report',NULL,NULL,'putin-rejects-boots-on-the-ground','A Number 10 spokeswoman says Starmer has argued that the West has a US-backed "unbreakable pledge" to Ukraine.','["starmer"]','[]');
INSERT INTO "events" VALUES('coalition-of-the-willing/zelenskyy-trump-call','coalition-of-the-willing','zelenskyy-trump-call','2025-09-05','day',0,'by 5 September 2025','report',NULL,NULL,'putin-rejects-boots-on-the-ground','Zelenskyy says he spoke with Trump about receiving "maximum protection for Ukraine''s skies".','["zelenskyy", "trump"]','[]');
INSERT INTO sqlite_master(type,name,tbl_name,rootpage,sql)VALUES('table','events_fts','events_fts',0,'CREATE VIRTUAL TABLE "events_fts" USING FTS5 (
    "what",
    content="events"
)');
INSERT INTO "events_fts" VALUES('Putin orders the invasion of Ukraine, which, the first article says, began the war.');
INSERT INTO "events_fts" VALUES('Ukraine''s 2024 presidential election is postponed because of war-induced martial law.');
INSERT INTO "events_fts" VALUES('Keir Giles of Chatham House calls for Starmer''s coalition to go into Ukraine without waiting for US backing.');
INSERT INTO "events_fts" VALUES('Russia''s deputy foreign minister Alexander Grushko rules out deploying soldiers from Ukraine''s allies.');
INSERT INTO "events_fts" VALUES('Putin wins a fifth term in office in an election that, the first article says, many in the West believe was rigged.');
INSERT INTO "events_fts" VALUES('Vladimir Rogov, who chairs a Russian Civic Chamber commission, tells TASS that Starmer''s plan is a "bluff".');
INSERT INTO "events_fts" VALUES('Starmer claims that more than 30 countries want to join the coalition.');
INSERT INTO "events_fts" VALUES('Trump is due to hold talks with Putin, seeking his backing for a 30-day ceasefire.');
INSERT INTO "events_fts" VALUES('Putin and Trump meet in Alaska; according to the second article the meeting does not lead to any significant developments.');
INSERT INTO "events_fts" VALUES('Putin joins Xi Jinping and Kim Jong Un at a military parade in Beijing, before speaking to journalists there.');
INSERT INTO "events_fts" VALUES('Macron hosts a summit of the coalition in Paris with 35 other countries; according to the second article, Starmer and Trump "dialled in".');
INSERT INTO "events_fts" VALUES('Putin tells journalists in Beijing that the war in Ukraine is close to ending.');
INSERT INTO "events_fts" VALUES('Speaking in the Oval Office, Trump warns Putin that "you''ll see things happen" if he makes decisions Trump disagrees with.');
INSERT INTO "events_fts" VALUES('Coalition leaders formally vow to deploy troops "by land, sea or air" if a ceasefire deal is reached.');
INSERT INTO "events_fts" VALUES('Moscow insists no Western forces should deploy to Ukraine and that Russia should be one of the guarantors; Kyiv and its allies reject this.');
INSERT INTO "events_fts" VALUES('The Kremlin''s spokesperson Dmitry Peskov tells Russian state media that foreign military contingents cannot provide Ukraine''s security guarantees.');
INSERT INTO "events_fts" VALUES('Trump suggests the US would "probably" be willing to provide air support.');
INSERT INTO "events_fts" VALUES('A Number 10 spokeswoman says Starmer has argued that the West has a US-backed "unbreakable pledge" to Ukraine.');
INSERT INTO "events_fts" VALUES('Zelenskyy says he spoke with Trump about receiving "maximum protection for Ukraine''s skies".');
CREATE TABLE 'events_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;
INSERT INTO "events_fts_config" VALUES('version',4);
CREATE TABLE 'events_fts_data'(id INTEGER PRIMARY KEY, block BLOB);
INSERT INTO "events_fts_data" VALUES(1,X'13824D');
INSERT INTO "events_fts_data" VALUES(10,X'000000000101010001010101');
INSERT INTO "events_fts_data" VALUES(137438953473,X'0000083F033031301202040104323032340202040102333007020701020F0201350B020C0101610502040104060E02020E02020B01020403020F0404020E0204626F7574130208020863636F7264696E6709020802020F020269720E020D03020C02056C61736B6109020703076578616E64657204020703046C6965730402100B021702016E05020A03016409020301020601021504040B0C0301790902130205726775656412020903057469636C6501020B04020F04020C0202130201740A020A01066261636B65641202100503696E6703021405020C0201650F020F020208030563617573650202090304666F72650A0210030367616E01020D0305696A696E670A020F02020603056C6965766505021502046C7566660602130201790E0209010563616C6C7303020703046E6E6F74100210020865617365666972650802110602100205686169727306020504046D62657206020904047468616D03020502046976696306020802056C61696D7307020303036F73650C020D02086F616C6974696F6E03020B04020D04020803020203086D6D697373696F6E06020A03096E74696E67656E747310020F0307756E747269657307020804020E0103646179080210020365616C0E02110307636973696F6E730D02130304706C6F790E02070102080703696E6704020B0403757479040204030A76656C6F706D656E7473090215020669616C6C65640B02170307736167726565730D021502056D6974727910020602036F657309020F020275650802040108656C656374696F6E02020603020B02056E64696E670C020F01056669667468050205030372737401020A04020E02026F720304080C05020D0B020C04036365730F020604046569676E0402050C020D04056D616C6C790E02040203726F6D04020D010567696C657303020302016F03020D0206727573686B6F0402080209756172616E7465657310021508036F72730F0213010668617070656E0D020F030173120408070201650D02110602040202697308020B02036F6C6408020603037374730B02030303757365030206010269660D021001020E02016E050607040B04020601020E01040911010405070102030305647563656402020C030573697374730F02030302746F03020E0306766173696F6E01020502017302020704021102020304020C020212020274730F021601076A696E70696E670A020502036F696E07020B0501730A020303026E670A0208030975726E616C697374730A021302020401046B6569720302020202696D0A0207020672656D6C696E10020302037969760F021401046C616E640E020A03017702020E020365616409021105036572730E020302016C0D020C01066D6163726F6E0B020203036B65730D021203026E790502110305727469616C02020D030578696D756D13020A02046564696110020B030265740902050503696E6709020E0207696C69746172790A020C06020E03066E697374657204020602036F7265070205030473636F770F020201026E6F0F02040301740902100205756D62657212020301026F6601020601020A01020408020604021103046669636505020808020602026E650F02100201720E020C0304646572730102030204746865720B020D0202757404020A020376616C0D020501067061726164650A020D040269730B020A020565736B6F7610020702036C616E06021003046564676512021202086F7374706F6E6564020208020B7265736964656E7469616C02020503066F6261626C79110207040774656374696F6E13020B04047669646510021101020B02047574696E0102020402020302090102020102020202020102090107726561636865640E0213030763656976696E6713020903046A6563740F02180205696767656405021702046F676F760602030204756C65730402090304737369610402020B020D07016E0602070A020901017302020301020A0104030E02020F0A04041103020E020361797301020C0402100D0206010203020265610E020B0304636F6E6409020B020212040575726974791002140301650D020D04046B696E6708020A0205686F756C640F040709020A69676E69666963616E7409021402046B69657313020F02076F6C646965727304020C02077065616B696E670A021103020203036F6B65130205060773706572736F6E1002050705776F6D616E12020502067461726D657203020903020E0102020402140702070402746510020A02077567676573747311020303046D6D69740B0205030570706F727411020D010574616C6B730802070302737306020C0204656C6C7306020B0602030402080302726D050206020368616E07020604017405020C01020D01020405020701020A02020C01020C02020A030165010604070704040D0802020C02040A050204070C01020801020402021201020201020401020B040272650A02140304696E67730D020E0401730F021902016F03020C04020A0102050104090B01021201021001020E02020601020902020A0102130205726F6F70730E02080303756D700802020102040202160204070F0402020202070107756B7261696E6501020701020201020F01020E08020B03020A01021202021401020D02016E0A02090309627265616B61626C651202110201730302130E020501020F0108766C6164696D697206020202026F770E0205010777616974696E6703021103026E7407020903017201020F01020B0A020904026E730D020803017305021602036573740502140D020C050365726E0F020502046869636801020803016F0602040206696C6C696E6711020903026E730502030302746808020803020B02021606020605036F757403021002046F756C64110206010278690A02040103796F750D020B01097A656C656E736B79791302020407090A061A09100A0A0C0C0610060A13060B0B090A09080D0A09060A09100A0909090A08160D0E0F08080C0C08080F0B0C0A0807100A0A0B0E080C0A080A060B0E080B0709070808080A190A0A070B12070C0806071109070B0809060808060B08070A0A0907080F0B080907060A130C0706090907080B070A08090D100B0C0C1B0C0C090A09090C091711070C0A06090B0F090C0F080C0A17070C090A0A070F07081B29070906250A1824060E0C0D070C070C07060B0809060B071008090708');
CREATE TABLE 'events_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
INSERT INTO "events_fts_docsize" VALUES(1,X'0E');
INSERT INTO "events_fts_docsize" VALUES(2,X'0D');
INSERT INTO "events_fts_docsize" VALUES(3,X'13');
INSERT INTO "events_fts_docsize" VALUES(4,X'0F');
INSERT INTO "events_fts_docsize" VALUES(5,X'16');
INSERT INTO "events_fts_docsize" VALUES(6,X'12');
INSERT INTO "events_fts_docsize" VALUES(7,X'0C');
INSERT INTO "events_fts_docsize" VALUES(8,X'10');
INSERT INTO "events_fts_docsize" VALUES(9,X'14');
INSERT INTO "events_fts_docsize" VALUES(10,X'13');
INSERT INTO "events_fts_docsize" VALUES(11,X'17');
INSERT INTO "events_fts_docsize" VALUES(12,X'0E');
INSERT INTO "events_fts_docsize" VALUES(13,X'15');
INSERT INTO "events_fts_docsize" VALUES(14,X'12');
INSERT INTO "events_fts_docsize" VALUES(15,X'18');
INSERT INTO "events_fts_docsize" VALUES(16,X'14');
INSERT INTO "events_fts_docsize" VALUES(17,X'0C');
INSERT INTO "events_fts_docsize" VALUES(18,X'13');
INSERT INTO "events_fts_docsize" VALUES(19,X'0E');
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
INSERT INTO "evidence" VALUES(1,'starmer-coalition-bluff','Keir Starmer’s plan to create a “coalition of the willing” to protect Ukraine',0,77,NULL,NULL,NULL,NULL,NULL,NULL,'relation',1,NULL,NULL,NULL,NULL,NULL,NULL,'coalition-of-the-willing/allied-with/ukraine',NULL);
INSERT INTO "evidence" VALUES(2,'putin-rejects-boots-on-the-ground','French President Emmanuel Macron hosted a summit in Paris with 35 other countries from the coalition',400,500,NULL,NULL,NULL,NULL,NULL,NULL,'relation',1,NULL,NULL,NULL,NULL,NULL,NULL,'france/member-of/coalition-of-the-willing',NULL);
INSERT INTO "evidence" VALUES(3,'starmer-coalition-bluff','Chatham House’s Keir Giles',2899,2925,NULL,NULL,NULL,NULL,NULL,NULL,'relation',1,NULL,NULL,NULL,NULL,NULL,NULL,'giles/member-of/chatham-house',NULL);
INSERT INTO "evidence" VALUES(4,'starmer-coalition-bluff','Alexander Grushko, the country’s deputy foreign minister',2410,2466,NULL,NULL,NULL,NULL,NULL,NULL,'relation',1,NULL,NULL,NULL,NULL,NULL,NULL,'grushko/speaks-for/russia',NULL);
INSERT INTO "evidence" VALUES(5,'putin-rejects-boots-on-the-ground','North Korea''s Kim Jong Un',2055,2080,NULL,NULL,NULL,NULL,NULL,NULL,'relation',1,NULL,NULL,NULL,NULL,NULL,NULL,'kim-jong-un/leads/north-korea',NULL);
INSERT INTO "evidence" VALUES(6,'putin-rejects-boots-on-the-ground','French President Emmanuel Macron',400,432,NULL,NULL,NULL,NULL,NULL,NULL,'relation',1,NULL,NULL,NULL,NULL,NULL,NULL,'macron/leads/france',NULL);
INSERT INTO "evidence" VALUES(7,'putin-rejects-boots-on-the-ground','Dmitry Peskov, the Kremlin’s spokesperson',1198,1239,NULL,NULL,NULL,NULL,NULL,NULL,'relation',1,NULL,NULL,NULL,NULL,NULL,NULL,'peskov/speaks-for/kremlin',NULL);
INSERT INTO "evidence" VALUES(8,'putin-rejects-boots-on-the-ground','The Russian leader made the comments',1971,2007,NULL,NULL,NULL,NULL,NULL,NULL,'relation',1,NULL,NULL,NULL,NULL,NULL,NULL,'putin/leads/russia',NULL);
INSERT INTO "evidence" VALUES(9,'starmer-coalition-bluff','the chairman of the Russian Civic Chamber commission',873,925,NULL,NULL,NULL,NULL,NULL,NULL,'relation',1,NULL,NULL,NULL,NULL,NULL,NULL,'rogov/member-of/russian-civic-chamber',NULL);
INSERT INTO "evidence" VALUES(10,'starmer-coalition-bluff','the war began because Putin ordered an invasion in 2022',2352,2407,NULL,NULL,NULL,NULL,NULL,NULL,'relation',1,NULL,NULL,NULL,NULL,NULL,NULL,'russia/opposed-to/ukraine',NULL);
INSERT INTO "evidence" VALUES(11,'starmer-coalition-bluff','The UK prime minister has claimed',136,169,NULL,NULL,NULL,NULL,NULL,NULL,'relation',1,NULL,NULL,NULL,NULL,NULL,NULL,'starmer/leads/uk',NULL);
INSERT INTO "evidence" VALUES(12,'starmer-coalition-bluff','Keir Starmer’s plan to create a “coalition of the willing”',0,58,NULL,NULL,NULL,NULL,NULL,NULL,'relation',1,NULL,NULL,NULL,NULL,NULL,NULL,'starmer/leads/coalition-of-the-willing',NULL);
INSERT INTO "evidence" VALUES(13,'putin-rejects-boots-on-the-ground','US President Donald Trump',542,567,NULL,NULL,NULL,NULL,NULL,NULL,'relation',1,NULL,NULL,NULL,NULL,NULL,NULL,'trump/leads/us',NULL);
INSERT INTO "evidence" VALUES(14,'starmer-coalition-bluff','the war began because Putin ordered an invasion in 2022',2352,2407,NULL,NULL,NULL,NULL,NULL,NULL,'relation',1,NULL,NULL,NULL,NULL,NULL,NULL,'ukraine/opposed-to/russia',NULL);
INSERT INTO "evidence" VALUES(15,'putin-rejects-boots-on-the-ground','China''s President Xi Jinping',2022,2050,NULL,NULL,NULL,NULL,NULL,NULL,'relation',1,NULL,NULL,NULL,NULL,NULL,NULL,'xi/leads/china',NULL);
INSERT INTO "evidence" VALUES(16,'putin-rejects-boots-on-the-ground','Ukrainian President Volodymyr Zelenskyy',678,717,NULL,NULL,NULL,NULL,NULL,NULL,'relation',1,NULL,NULL,NULL,NULL,NULL,NULL,'zelenskyy/leads/ukraine',NULL);
INSERT INTO "evidence" VALUES(17,'starmer-coalition-bluff','Alexander Grushko, the country’s deputy foreign minister, also ruled out letting any of soldiers from Ukraine’s allies be deployed to the frontline.',2410,2558,'reported','grushko',NULL,NULL,NULL,NULL,'position',1,'coalition-of-the-willing','coalition-of-the-willing/russia-foreign-troops-march',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "evidence" VALUES(18,'starmer-coalition-bluff','We absolutely do not care under what label Nato contingents may be deployed on the territory of Ukraine: be it the European Union, Nato or in a national capacity.',2570,2732,'direct','grushko',NULL,NULL,NULL,NULL,'position',2,'coalition-of-the-willing','coalition-of-the-willing/russia-foreign-troops-march',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "evidence" VALUES(19,'starmer-coalition-bluff','In any case, if they appear there, it means that they are deployed in a conflict zone with all the consequences for these contingents as a party to the conflict.',2735,2896,'direct','grushko',NULL,NULL,NULL,NULL,'position',3,'coalition-of-the-willing','coalition-of-the-willing/russia-foreign-troops-march',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "evidence" VALUES(20,'starmer-coalition-bluff','it has already ruled out having any troops from Europe – or Nato members – on the ground in Ukraine',747,846,'reported','kremlin',NULL,NULL,NULL,NULL,'position',4,'coalition-of-the-willing','coalition-of-the-willing/russia-foreign-troops-march',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "evidence" VALUES(21,'starmer-coalition-bluff','I am convinced that the appearance of British, German, French and other foreign troops will make them a priority target for our army, since they cannot have any legal mandate to operate in this territory.',1352,1556,'direct','rogov',NULL,NULL,'TASS',NULL,'position',1,'coalition-of-the-willing','coalition-of-the-willing/rogov-foreign-troops',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "evidence" VALUES(22,'starmer-coalition-bluff','Rogov also told TASS that introducing third country contingents into Ukraine would be illegal and not in the interests of security.',2002,2133,'reported','rogov',NULL,NULL,'TASS',NULL,'position',2,'coalition-of-the-willing','coalition-of-the-willing/rogov-foreign-troops',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "evidence" VALUES(23,'starmer-coalition-bluff','Starmer’s spokesperson said a “significant number” also want to send troops to Ukraine if a peace deal is struck.',286,399,'reported','starmer',NULL,'Starmer''s spokesperson',NULL,NULL,'position',1,'coalition-of-the-willing','coalition-of-the-willing/uk-foreign-troops',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "evidence" VALUES(24,'starmer-coalition-bluff','But the PM has made it clear that this plan can only go ahead if the US offers its own security guarantee to Europe',401,516,'reported','starmer',NULL,NULL,NULL,NULL,'position',2,'coalition-of-the-willing','coalition-of-the-willing/uk-foreign-troops',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "evidence" VALUES(25,'starmer-coalition-bluff','Chatham House’s Keir Giles, however, has called for Starmer’s coalition to go into Ukraine now, even without Trump’s backing, to truly stop any further land grabs from Putin.',2899,3073,'reported','giles',NULL,NULL,NULL,NULL,'position',1,'coalition-of-the-willing','coalition-of-the-willing/giles-troops-now',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "evidence" VALUES(26,'starmer-coalition-bluff','But the PM has made it clear that this plan can only go ahead if the US offers its own security guarantee to Europe',401,516,'reported','starmer',NULL,NULL,NULL,NULL,'position',1,'coalition-of-the-willing','coalition-of-the-willing/uk-us-backstop',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "evidence" VALUES(27,'starmer-coalition-bluff','Ahead of Trump’s talks with Putin, Russia has repeatedly claimed to be open to peace with Ukraine.',2135,2233,'reported','russia',NULL,NULL,NULL,NULL,'position',1,'coalition-of-the-willing','coalition-of-the-willing/russia-negotiated-end-march',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "evidence" VALUES(28,'starmer-coalition-bluff','But, it says it will only agree to end the war if the “root causes” of the conflict are addressed',2235,2332,'reported','russia',NULL,NULL,NULL,NULL,'position',2,'coalition-of-the-willing','coalition-of-the-willing/russia-negotiated-end-march',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "evidence" VALUES(29,'starmer-coalition-bluff','The position that [Ukrainian president Volodymyr] Zelenskyy can give such permission in the context of a seizure of power does not stand up to criticism.',1559,1712,'direct','rogov',NULL,NULL,'TASS',NULL,'position',1,'coalition-of-the-willing','coalition-of-the-willing/rogov-zelenskyy-mandate',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "evidence" VALUES(30,'putin-rejects-boots-on-the-ground','I believe that, if common sense is there, it is possible to agree on an acceptable option or acceptable way of ending this conflict',2133,2264,'direct','putin',NULL,NULL,'journalists in Beijing',NULL,'position',1,'coalition-of-the-willing','coalition-of-the-willing/russia-negotiated-end-september',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "evidence" VALUES(31,'putin-rejects-boots-on-the-ground','I think there is a light at the end of the tunnel. We will see. Otherwise, we will be forced to resolve all our objectives through military means.',2379,2525,'direct','putin',NULL,NULL,'journalists in Beijing',NULL,'position',2,'coalition-of-the-willing','coalition-of-the-willing/russia-negotiated-end-september',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "evidence" VALUES(32,'putin-rejects-boots-on-the-ground','We see also that the current administration of the US has the will and desire to find this solution.',2277,2377,'direct','putin',NULL,NULL,'journalists in Beijing',NULL,'position',1,'coalition-of-the-willing','coalition-of-the-willing/russia-us-broker',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "evidence" VALUES(33,'putin-rejects-boots-on-the-ground','Can Ukraine''s security guarantees be ensured and provided by foreign, especially European and American, military contingents? Definitely not, they cannot.',1268,1422,'direct','kremlin','peskov',NULL,'Russian state media',NULL,'position',1,'coalition-of-the-willing','coalition-of-the-willing/russia-foreign-troops-september',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "evidence" VALUES(34,'putin-rejects-boots-on-the-ground','Moscow insisted no Western forces should be deployed to Ukraine',1016,1079,'reported','russia',NULL,NULL,NULL,NULL,'position',2,'coalition-of-the-willing','coalition-of-the-willing/russia-foreign-troops-september',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "evidence" VALUES(35,'putin-rejects-boots-on-the-ground','leaders from the ‘Coalition of the Willing’ formally vowed to deploy troops "by land, sea or air" if a ceasefire deal is reached',255,383,'reported','coalition-of-the-willing',NULL,NULL,NULL,NULL,'position',1,'coalition-of-the-willing','coalition-of-the-willing/coalition-foreign-troops',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "evidence" VALUES(36,'putin-rejects-boots-on-the-ground','Mr Trump recently suggested that the US would "probably" be willing to provide air support',580,670,'reported','trump',NULL,NULL,NULL,NULL,'position',1,'coalition-of-the-willing','coalition-of-the-willing/us-air-support',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "evidence" VALUES(37,'putin-rejects-boots-on-the-ground','Ukrainian President Volodymyr Zelenskyy said he spoke with Mr Trump about receiving "maximum protection for Ukraine''s skies"',678,802,'reported','zelenskyy',NULL,NULL,NULL,NULL,'position',1,'coalition-of-the-willing','coalition-of-the-willing/ukraine-air-support',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "evidence" VALUES(38,'putin-rejects-boots-on-the-ground','making clear Russia should be one of the countries acting as "guarantors"',1081,1154,'reported','russia',NULL,NULL,NULL,NULL,'position',1,'coalition-of-the-willing','coalition-of-the-willing/russia-guarantor',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "evidence" VALUES(39,'putin-rejects-boots-on-the-ground','Russia should be one of the countries acting as "guarantors" – which Kyiv and its allies have rejected',1094,1196,'reported','ukraine',NULL,NULL,NULL,NULL,'position',1,'coalition-of-the-willing','coalition-of-the-willing/ukraine-russia-guarantor',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "evidence" VALUES(40,'putin-rejects-boots-on-the-ground','dealing a blow to peace prospects as the conflict rumbles on',126,186,NULL,NULL,NULL,NULL,NULL,NULL,'answer',1,'coalition-of-the-willing',NULL,'coalition-of-the-willing/march-talks-ceasefire',NULL,NULL,NULL,NULL,NULL);
INSERT INTO "evidence" VALUES(41,'putin-rejects-boots-on-the-ground','But, ceasefire hopes have been thrown into doubt after Putin’s meeting with the US President in Alaska last month did not lead to any significant developments.',804,963,NULL,NULL,NULL,NULL,NULL,NULL,'answer',2,'coalition-of-the-willing',NULL,'coalition-of-the-willing/march-talks-ceasefire',NULL,NULL,NULL,NULL,NULL);
INSERT INTO "evidence" VALUES(42,'starmer-coalition-bluff','the war began because Putin ordered an invasion in 2022',2352,2407,NULL,NULL,NULL,NULL,NULL,NULL,'event',1,'coalition-of-the-willing',NULL,NULL,'coalition-of-the-willing/invasion',NULL,NULL,NULL,NULL);
INSERT INTO "evidence" VALUES(43,'starmer-coalition-bluff','Ukraine’s war-induced martial law meant its 2024 presidential election was postponed',1807,1891,NULL,NULL,NULL,NULL,NULL,NULL,'event',1,'coalition-of-the-willing',NULL,NULL,'coalition-of-the-willing/election-postponed',NULL,NULL,NULL,NULL);
INSERT INTO "evidence" VALUES(44,'starmer-coalition-bluff','Chatham House’s Keir Giles, however, has called for Starmer’s coalition to go into Ukraine now, even without Trump’s backing',2899,3023,NULL,NULL,NULL,NULL,NULL,NULL,'event',1,'coalition-of-the-willing',NULL,NULL,'coalition-of-the-willing/giles-go-in-now',NULL,NULL,NULL,NULL);
INSERT INTO "evidence" VALUES(45,'starmer-coalition-bluff','Alexander Grushko, the country’s deputy foreign minister, also ruled out letting any of soldiers from Ukraine’s allies be deployed to the frontline.',2410,2558,NULL,NULL,NULL,NULL,NULL,NULL,'event',1,'coalition-of-the-willing',NULL,NULL,'coalition-of-the-willing/grushko-rules-out',NULL,NULL,NULL,NULL);
INSERT INTO "evidence" VALUES(46,'starmer-coalition-bluff','Meanwhile, Putin has just won his fifth term in office in an election many in the West believe was rigged.',1894,2000,NULL,NULL,NULL,NULL,NULL,NULL,'event',1,'coalition-of-the-willing',NULL,NULL,'coalition-of-the-willing/putin-fifth-term',NULL,NULL,NULL,NULL);
INSERT INTO "evidence" VALUES(47,'starmer-coalition-bluff','Now it has emerged that the chairman of the Russian Civic Chamber commission – a civil society institution created by Putin – told Russian state news agency TASS that Starmer’s whole idea is a “bluff”.',849,1050,NULL,NULL,NULL,NULL,NULL,NULL,'event',1,'coalition-of-the-willing',NULL,NULL,'coalition-of-the-willing/rogov-bluff',NULL,NULL,NULL,NULL);
INSERT INTO "evidence" VALUES(48,'starmer-coalition-bluff','The UK prime minister has claimed that more than 30 countries want to join the informal alliance to deter any future aggression from Vladimir Putin.',136,284,NULL,NULL,NULL,NULL,NULL,NULL,'event',1,'coalition-of-the-willing',NULL,NULL,'coalition-of-the-willing/thirty-countries',NULL,NULL,NULL,NULL);
INSERT INTO "evidence" VALUES(49,'starmer-coalition-bluff','Donald Trump is set to hold talks with Putin on Tuesday as he tries to persuade Russian president to back a 30-day ceasefire in the war.',561,697,NULL,NULL,NULL,NULL,NULL,NULL,'event',1,'coalition-of-the-willing',NULL,NULL,'coalition-of-the-willing/march-talks',NULL,NULL,NULL,NULL);
INSERT INTO "evidence" VALUES(50,'putin-rejects-boots-on-the-ground','Putin’s meeting with the US President in Alaska last month did not lead to any significant developments',859,962,NULL,NULL,NULL,NULL,NULL,NULL,'event',1,'coalition-of-the-willing',NULL,NULL,'coalition-of-the-willing/alaska-meeting',NULL,NULL,NULL,NULL);
INSERT INTO "evidence" VALUES(51,'putin-rejects-boots-on-the-ground','The Russian leader made the comments after joining China''s President Xi Jinping and North Korea''s Kim Jong Un for a huge military parade in the Chinese capital.',1971,2131,NULL,NULL,NULL,NULL,NULL,NULL,'event',1,'coalition-of-the-willing',NULL,NULL,'coalition-of-the-willing/beijing-parade',NULL,NULL,NULL,NULL);
INSERT INTO "evidence" VALUES(52,'putin-rejects-boots-on-the-ground','It comes after French President Emmanuel Macron hosted a summit in Paris with 35 other countries from the coalition on Wednesday, where Sir Keir Starmer and US President Donald Trump dialled in.',385,579,NULL,NULL,NULL,NULL,NULL,NULL,'event',1,'coalition-of-the-willing',NULL,NULL,'coalition-of-the-willing/paris-summit',NULL,NULL,NULL,NULL);
INSERT INTO "evidence" VALUES(53,'putin-rejects-boots-on-the-ground','Putin told journalists in Beijing on Wednesday that the war in Ukraine was close to ending, claiming there is "light at the end of the tunnel".',1827,1970,NULL,NULL,NULL,NULL,NULL,NULL,'event',1,'coalition-of-the-willing',NULL,NULL,'coalition-of-the-willing/putin-beijing-remarks',NULL,NULL,NULL,NULL);
INSERT INTO "evidence" VALUES(54,'putin-rejects-boots-on-the-ground','Speaking in the Oval Office on Wednesday night, Mr Trump warned Putin "you''ll see things happen" if he makes decisions the US President disagrees with.',1675,1826,NULL,NULL,NULL,NULL,NULL,NULL,'event',1,'coalition-of-the-willing',NULL,NULL,'coalition-of-the-willing/trump-oval-office-warning',NULL,NULL,NULL,NULL);
INSERT INTO "evidence" VALUES(55,'putin-rejects-boots-on-the-ground','leaders from the ‘Coalition of the Willing’ formally vowed to deploy troops "by land, sea or air" if a ceasefire deal is reached',255,383,NULL,NULL,NULL,NULL,NULL,NULL,'event',1,'coalition-of-the-willing',NULL,NULL,'coalition-of-the-willing/coalition-vow',NULL,NULL,NULL,NULL);
INSERT INTO "evidence" VALUES(56,'putin-rejects-boots-on-the-ground','Moscow insisted no Western forces should be deployed to Ukraine, making clear Russia should be one of the countries acting as "guarantors" – which Kyiv and its allies have rejected.',1016,1197,NULL,NULL,NULL,NULL,NULL,NULL,'event',1,'coalition-of-the-willing',NULL,NULL,'coalition-of-the-willing/guarantor-demand',NULL,NULL,NULL,NULL);
INSERT INTO "evidence" VALUES(57,'putin-rejects-boots-on-the-ground','Dmitry Peskov, the Kremlin’s spokesperson, told Russian state media',1198,1265,NULL,NULL,NULL,NULL,NULL,NULL,'event',1,'coalition-of-the-willing',NULL,NULL,'coalition-of-the-willing/peskov-rejects-contingents',NULL,NULL,NULL,NULL);
INSERT INTO "evidence" VALUES(58,'putin-rejects-boots-on-the-ground','Mr Trump recently suggested that the US would "probably" be willing to provide air support',580,670,NULL,NULL,NULL,NULL,NULL,NULL,'event',1,'coalition-of-the-willing',NULL,NULL,'coalition-of-the-willing/trump-air-support',NULL,NULL,NULL,NULL);
INSERT INTO "evidence" VALUES(59,'putin-rejects-boots-on-the-ground','Meanwhile, Sir Keir has argued the West has a US-backed "unbreakable pledge" to Ukraine and can force Russia to end the war, according to a Number 10 spokeswoman.',1512,1674,NULL,NULL,NULL,NULL,NULL,NULL,'event',1,'coalition-of-the-willing',NULL,NULL,'coalition-of-the-willing/unbreakable-pledge',NULL,NULL,NULL,NULL);
INSERT INTO "evidence" VALUES(60,'putin-rejects-boots-on-the-ground','Ukrainian President Volodymyr Zelenskyy said he spoke with Mr Trump about receiving "maximum protection for Ukraine''s skies"',678,802,NULL,NULL,NULL,NULL,NULL,NULL,'event',1,'coalition-of-the-willing',NULL,NULL,'coalition-of-the-willing/zelenskyy-trump-call',NULL,NULL,NULL,NULL);
INSERT INTO "evidence" VALUES(61,'starmer-coalition-bluff','Russia (and Trump) have falsely claimed that Zelenskyy is not democratically elected',1715,1799,'reported',NULL,NULL,NULL,NULL,NULL,'claim',1,'coalition-of-the-willing',NULL,NULL,NULL,'coalition-of-the-willing/zelenskyy-not-elected',NULL,NULL,NULL);
INSERT INTO "evidence" VALUES(62,'starmer-coalition-bluff','The position that [Ukrainian president Volodymyr] Zelenskyy can give such permission in the context of a seizure of power does not stand up to criticism.',1559,1712,'direct','rogov',NULL,NULL,NULL,NULL,'claim',2,'coalition-of-the-willing',NULL,NULL,NULL,'coalition-of-the-willing/zelenskyy-not-elected',NULL,NULL,NULL);
INSERT INTO "evidence" VALUES(63,'starmer-coalition-bluff','have falsely claimed that Zelenskyy is not democratically elected, after Ukraine’s war-induced martial law meant its 2024 presidential election was postponed',1734,1891,'framing',NULL,NULL,NULL,NULL,NULL,'rebuttal',1,'coalition-of-the-willing',NULL,NULL,NULL,'coalition-of-the-willing/zelenskyy-not-elected','coalition-of-the-willing/zelenskyy-not-elected/1',NULL,NULL);
INSERT INTO "evidence" VALUES(64,'starmer-coalition-bluff','since they cannot have any legal mandate to operate in this territory',1486,1555,'direct',NULL,NULL,NULL,NULL,NULL,'claim',1,'coalition-of-the-willing',NULL,NULL,NULL,'coalition-of-the-willing/no-legal-mandate',NULL,NULL,NULL);
INSERT INTO "evidence" VALUES(65,'starmer-coalition-bluff','Rogov also told TASS that introducing third country contingents into Ukraine would be illegal and not in the interests of security.',2002,2133,'reported',NULL,NULL,NULL,NULL,NULL,'claim',2,'coalition-of-the-willing',NULL,NULL,NULL,'coalition-of-the-willing/no-legal-mandate',NULL,NULL,NULL);
INSERT INTO "evidence" VALUES(66,'starmer-coalition-bluff','The statement about the operational details of introducing occupation troops into the post-Ukrainian space from the lips of Keir Starmer is essentially a bluff',1074,1233,'direct',NULL,NULL,NULL,NULL,NULL,'claim',1,'coalition-of-the-willing',NULL,NULL,NULL,'coalition-of-the-willing/occupation-troops',NULL,NULL,NULL);
INSERT INTO "evidence" VALUES(67,'starmer-coalition-bluff','is essentially a bluff, because he immediately stipulates that this is possible only with the support of the United States',1211,1333,'direct',NULL,NULL,NULL,NULL,NULL,'claim',1,'coalition-of-the-willing',NULL,NULL,NULL,'coalition-of-the-willing/coalition-bluff',NULL,NULL,NULL);
INSERT INTO "evidence" VALUES(68,'putin-rejects-boots-on-the-ground','Putin told journalists in Beijing on Wednesday that the war in Ukraine was close to ending, claiming there is "light at the end of the tunnel".',1827,1970,'reported',NULL,NULL,NULL,NULL,NULL,'claim',1,'coalition-of-the-willing',NULL,NULL,NULL,'coalition-of-the-willing/light-at-end-of-tunnel',NULL,NULL,NULL);
INSERT INTO "evidence" VALUES(69,'putin-rejects-boots-on-the-ground','I think there is a light at the end of the tunnel.',2379,2429,'direct',NULL,NULL,NULL,NULL,NULL,'claim',2,'coalition-of-the-willing',NULL,NULL,NULL,'coalition-of-the-willing/light-at-end-of-tunnel',NULL,NULL,NULL);
INSERT INTO "evidence" VALUES(70,'putin-rejects-boots-on-the-ground','But his comments have been dismissed as dishonest by experts who say the president is attempting to present Moscow as interested in peace talks.',2527,2671,'reported',NULL,NULL,NULL,NULL,NULL,'rebuttal',1,'coalition-of-the-willing',NULL,NULL,NULL,'coalition-of-the-willing/light-at-end-of-tunnel','coalition-of-the-willing/light-at-end-of-tunnel/1',NULL,NULL);
INSERT INTO "evidence" VALUES(71,'starmer-coalition-bluff','it says it will only agree to end the war if the “root causes” of the conflict are addressed',2240,2332,'reported',NULL,NULL,NULL,NULL,NULL,'claim',1,'coalition-of-the-willing',NULL,NULL,NULL,'coalition-of-the-willing/root-causes',NULL,NULL,NULL);
INSERT INTO "evidence" VALUES(72,'starmer-coalition-bluff','overlooking that the war began because Putin ordered an invasion in 2022',2335,2407,'framing',NULL,NULL,NULL,NULL,NULL,'rebuttal',1,'coalition-of-the-willing',NULL,NULL,NULL,'coalition-of-the-willing/root-causes','coalition-of-the-willing/root-causes/1',NULL,NULL);
INSERT INTO "evidence" VALUES(73,'starmer-coalition-bluff','Starmer’s spokesperson said a “significant number” also want to send troops to Ukraine if a peace deal is struck.',286,399,'reported',NULL,NULL,'Starmer''s spokesperson',NULL,NULL,'claim',1,'coalition-of-the-willing',NULL,NULL,NULL,'coalition-of-the-willing/troops-significant-number',NULL,NULL,NULL);
INSERT INTO "evidence" VALUES(74,'putin-rejects-boots-on-the-ground','And few countries have openly pledged to put boots on the ground in the face of a deal.',1424,1511,'framing',NULL,NULL,NULL,NULL,NULL,'rebuttal',1,'coalition-of-the-willing',NULL,NULL,NULL,'coalition-of-the-willing/troops-significant-number','coalition-of-the-willing/troops-significant-number/1',NULL,NULL);
INSERT INTO "evidence" VALUES(75,'putin-rejects-boots-on-the-ground','Sir Keir has argued the West has a US-backed "unbreakable pledge" to Ukraine and can force Russia to end the war, according to a Number 10 spokeswoman.',1523,1674,'reported',NULL,NULL,'a Number 10 spokeswoman',NULL,NULL,'claim',1,'coalition-of-the-willing',NULL,NULL,NULL,'coalition-of-the-willing/unbreakable-pledge',NULL,NULL,NULL);
INSERT INTO sqlite_master(type,name,tbl_name,rootpage,sql)VALUES('table','evidence_fts','evidence_fts',0,'CREATE VIRTUAL TABLE "evidence_fts" USING FTS5 (
    "quote",
    content="evidence"
)');
INSERT INTO "evidence_fts" VALUES('Keir Starmer’s plan to create a “coalition of the willing” to protect Ukraine');
INSERT INTO "evidence_fts" VALUES('French President Emmanuel Macron hosted a summit in Paris with 35 other countries from the coalition');
INSERT INTO "evidence_fts" VALUES('Chatham House’s Keir Giles');
INSERT INTO "evidence_fts" VALUES('Alexander Grushko, the country’s deputy foreign minister');
INSERT INTO "evidence_fts" VALUES('North Korea''s Kim Jong Un');
INSERT INTO "evidence_fts" VALUES('French President Emmanuel Macron');
INSERT INTO "evidence_fts" VALUES('Dmitry Peskov, the Kremlin’s spokesperson');
INSERT INTO "evidence_fts" VALUES('The Russian leader made the comments');
INSERT INTO "evidence_fts" VALUES('the chairman of the Russian Civic Chamber commission');
INSERT INTO "evidence_fts" VALUES('the war began because Putin ordered an invasion in 2022');
INSERT INTO "evidence_fts" VALUES('The UK prime minister has claimed');
INSERT INTO "evidence_fts" VALUES('Keir Starmer’s plan to create a “coalition of the willing”');
INSERT INTO "evidence_fts" VALUES('US President Donald Trump');
INSERT INTO "evidence_fts" VALUES('the war began because Putin ordered an invasion in 2022');
INSERT INTO "evidence_fts" VALUES('China''s President Xi Jinping');
INSERT INTO "evidence_fts" VALUES('Ukrainian President Volodymyr Zelenskyy');
INSERT INTO "evidence_fts" VALUES('Alexander Grushko, the country’s deputy foreign minister, also ruled out letting any of soldiers from Ukraine’s allies be deployed to the frontline.');
INSERT INTO "evidence_fts" VALUES('We absolutely do not care under what label Nato contingents may be deployed on the territory of Ukraine: be it the European Union, Nato or in a national capacity.');
INSERT INTO "evidence_fts" VALUES('In any case, if they appear there, it means that they are deployed in a conflict zone with all the consequences for these contingents as a party to the conflict.');
INSERT INTO "evidence_fts" VALUES('it has already ruled out having any troops from Europe – or Nato members – on the ground in Ukraine');
INSERT INTO "evidence_fts" VALUES('I am convinced that the appearance of British, German, French and other foreign troops will make them a priority target for our army, since they cannot have any legal mandate to operate in this territory.');
INSERT INTO "evidence_fts" VALUES('Rogov also told TASS that introducing third country contingents into Ukraine would be illegal and not in the interests of security.');
INSERT INTO "evidence_fts" VALUES('Starmer’s spokesperson said a “significant number” also want to send troops to Ukraine if a peace deal is struck.');
INSERT INTO "evidence_fts" VALUES('But the PM has made it clear that this plan can only go ahead if the US offers its own security guarantee to Europe');
INSERT INTO "evidence_fts" VALUES('Chatham House’s Keir Giles, however, has called for Starmer’s coalition to go into Ukraine now, even without Trump’s backing, to truly stop any further land grabs from Putin.');
INSERT INTO "evidence_fts" VALUES('But the PM has made it clear that this plan can only go ahead if the US offers its own security guarantee to Europe');
INSERT INTO "evidence_fts" VALUES('Ahead of Trump’s talks with Putin, Russia has repeatedly claimed to be open to peace with Ukraine.');
INSERT INTO "evidence_fts" VALUES('But, it says it will only agree to end the war if the “root causes” of the conflict are addressed');
INSERT INTO "evidence_fts" VALUES('The position that [Ukrainian president Volodymyr] Zelenskyy can give such permission in the context of a seizure of power does not stand up to criticism.');
INSERT INTO "evidence_fts" VALUES('I believe that, if common sense is there, it is possible to agree on an acceptable option or acceptable way of ending this conflict');
INSERT INTO "evidence_fts" VALUES('I think there is a light at the end of the tunnel. We will see. Otherwise, we will be forced to resolve all our objectives through military means.');
INSERT INTO "evidence_fts" VALUES('We see also that the current administration of the US has the will and desire to find this solution.');
INSERT INTO "evidence_fts" VALUES('Can Ukraine''s security guarantees be ensured and provided by foreign, especially European and American, military contingents? Definitely not, they cannot.');
INSERT INTO "evidence_fts" VALUES('Moscow insisted no Western forces should be deployed to Ukraine');
INSERT INTO "evidence_fts" VALUES('leaders from the ‘Coalition of the Willing’ formally vowed to deploy troops "by land, sea or air" if a ceasefire deal is reached');
INSERT INTO "evidence_fts" VALUES('Mr Trump recently suggested that the US would "probably" be willing to provide air support');
INSERT INTO "evidence_fts" VALUES('Ukrainian President Volodymyr Zelenskyy said he spoke with Mr Trump about receiving "maximum protection for Ukraine''s skies"');
INSERT INTO "evidence_fts" VALUES('making clear Russia should be one of the countries acting as "guarantors"');
INSERT INTO "evidence_fts" VALUES('Russia should be one of the countries acting as "guarantors" – which Kyiv and its allies have rejected');
INSERT INTO "evidence_fts" VALUES('dealing a blow to peace prospects as the conflict rumbles on');
INSERT INTO "evidence_fts" VALUES('But, ceasefire hopes have been thrown into doubt after Putin’s meeting with the US President in Alaska last month did not lead to any significant developments.');
INSERT INTO "evidence_fts" VALUES('the war began because Putin ordered an invasion in 2022');
INSERT INTO "evidence_fts" VALUES('Ukraine’s war-induced martial law meant its 2024 presidential election was postponed');
INSERT INTO "evidence_fts" VALUES('Chatham House’s Keir Giles, however, has called for Starmer’s coalition to go into Ukraine now, even without Trump’s backing');
INSERT INTO "evidence_fts" VALUES('Alexander Grushko, the country’s deputy foreign minister, also ruled out letting any of soldiers from Ukraine’s allies be deployed to the frontline.');
INSERT INTO "evidence_fts" VALUES('Meanwhile, Putin has just won his fifth term in office in an election many in the West believe was rigged.');
INSERT INTO "evidence_fts" VALUES('Now it has emerged that the chairman of the Russian Civic Chamber commission – a civil society institution created by Putin – told Russian state news agency TASS that Starmer’s whole idea is a “bluff”.');
INSERT INTO "evidence_fts" VALUES('The UK prime minister has claimed that more than 30 countries want to join the informal alliance to deter any future aggression from Vladimir Putin.');
INSERT INTO "evidence_fts" VALUES('Donald Trump is set to hold talks with Putin on Tuesday as he tries to persuade Russian president to back a 30-day ceasefire in the war.');
INSERT INTO "evidence_fts" VALUES('Putin’s meeting with the US President in Alaska last month did not lead to any significant developments');
INSERT INTO "evidence_fts" VALUES('The Russian leader made the comments after joining China''s President Xi Jinping and North Korea''s Kim Jong Un for a huge military parade in the Chinese capital.');
INSERT INTO "evidence_fts" VALUES('It comes after French President Emmanuel Macron hosted a summit in Paris with 35 other countries from the coalition on Wednesday, where Sir Keir Starmer and US President Donald Trump dialled in.');
INSERT INTO "evidence_fts" VALUES('Putin told journalists in Beijing on Wednesday that the war in Ukraine was close to ending, claiming there is "light at the end of the tunnel".');
INSERT INTO "evidence_fts" VALUES('Speaking in the Oval Office on Wednesday night, Mr Trump warned Putin "you''ll see things happen" if he makes decisions the US President disagrees with.');
INSERT INTO "evidence_fts" VALUES('leaders from the ‘Coalition of the Willing’ formally vowed to deploy troops "by land, sea or air" if a ceasefire deal is reached');
INSERT INTO "evidence_fts" VALUES('Moscow insisted no Western forces should be deployed to Ukraine, making clear Russia should be one of the countries acting as "guarantors" – which Kyiv and its allies have rejected.');
INSERT INTO "evidence_fts" VALUES('Dmitry Peskov, the Kremlin’s spokesperson, told Russian state media');
INSERT INTO "evidence_fts" VALUES('Mr Trump recently suggested that the US would "probably" be willing to provide air support');
INSERT INTO "evidence_fts" VALUES('Meanwhile, Sir Keir has argued the West has a US-backed "unbreakable pledge" to Ukraine and can force Russia to end the war, according to a Number 10 spokeswoman.');
INSERT INTO "evidence_fts" VALUES('Ukrainian President Volodymyr Zelenskyy said he spoke with Mr Trump about receiving "maximum protection for Ukraine''s skies"');
INSERT INTO "evidence_fts" VALUES('Russia (and Trump) have falsely claimed that Zelenskyy is not democratically elected');
INSERT INTO "evidence_fts" VALUES('The position that [Ukrainian president Volodymyr] Zelenskyy can give such permission in the context of a seizure of power does not stand up to criticism.');
INSERT INTO "evidence_fts" VALUES('have falsely claimed that Zelenskyy is not democratically elected, after Ukraine’s war-induced martial law meant its 2024 presidential election was postponed');
INSERT INTO "evidence_fts" VALUES('since they cannot have any legal mandate to operate in this territory');
INSERT INTO "evidence_fts" VALUES('Rogov also told TASS that introducing third country contingents into Ukraine would be illegal and not in the interests of security.');
INSERT INTO "evidence_fts" VALUES('The statement about the operational details of introducing occupation troops into the post-Ukrainian space from the lips of Keir Starmer is essentially a bluff');
INSERT INTO "evidence_fts" VALUES('is essentially a bluff, because he immediately stipulates that this is possible only with the support of the United States');
INSERT INTO "evidence_fts" VALUES('Putin told journalists in Beijing on Wednesday that the war in Ukraine was close to ending, claiming there is "light at the end of the tunnel".');
INSERT INTO "evidence_fts" VALUES('I think there is a light at the end of the tunnel.');
INSERT INTO "evidence_fts" VALUES('But his comments have been dismissed as dishonest by experts who say the president is attempting to present Moscow as interested in peace talks.');
INSERT INTO "evidence_fts" VALUES('it says it will only agree to end the war if the “root causes” of the conflict are addressed');
INSERT INTO "evidence_fts" VALUES('overlooking that the war began because Putin ordered an invasion in 2022');
INSERT INTO "evidence_fts" VALUES('Starmer’s spokesperson said a “significant number” also want to send troops to Ukraine if a peace deal is struck.');
INSERT INTO "evidence_fts" VALUES('And few countries have openly pledged to put boots on the ground in the face of a deal.');
INSERT INTO "evidence_fts" VALUES('Sir Keir has argued the West has a US-backed "unbreakable pledge" to Ukraine and can force Russia to end the war, according to a Number 10 spokeswoman.');
CREATE TABLE 'evidence_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;
INSERT INTO "evidence_fts_config" VALUES('version',4);
CREATE TABLE 'evidence_fts_data'(id INTEGER PRIMARY KEY, block BLOB);
INSERT INTO "evidence_fts_data" VALUES(1,X'4B8A72');
INSERT INTO "evidence_fts_data" VALUES(10,X'000000000101020001010102');
INSERT INTO "evidence_fts_data" VALUES(137438953473,X'00000ED3033031303B021D10021C0104323032320A020B04020B1C020B1E020D0401342B020A1402140102333030020B01021702013502020C32020F0101610102080102070A020806021C0104100D0202130204060D06021102020604021405020307040F1502021602021701020A03021404040A130302110402190102040202060404060D010212010409130204626F757425020C17020C0602040308736F6C7574656C791202030209636365707461626C651E04110504066F7264696E673B0219100218030474696E6726020B010209110215020864647265737365641C02152B0214030C6D696E697374726174696F6E20020802046674657229020A0A02080102040B020B020567656E63792F021A03086772657373696F6E30021703037265651C020802020E29020702046865616418020F02020F0102020202697223021201020F13021203020F02056C61736B6129021309020A03076578616E6465720402020D02021C020203016C1302140C0218040569616E6365300212050265731102141602100602140B021C030572656164791402040302736F11020A0502030102090902040D020A14020308020902016D150203030665726963616E21021002016E0A02080402081002100C020804020D1A020A03016415020C0102100A020F0104090806020E0C020F01021B04021A03021102020304021009020201021003017911020E02020301020801021D04021B10021A04020E0302150202110E0206020570706561721302070704616E63651502070202726513020D0902142B02130304677565643B020610020503026D7915021802017313021A13020C01020A01020809020D0702160E04080F0201741F02081602160F0216010208030874656D7074696E6746021101046261636B310215050265643B020C10020B0503696E6719021713021702016511021501040D0904020E05020E04021402020701020802020B0202060102040602150B04080A02020B07020E030563617573650A02050402051C02051902060502070302656E2902061D0206030367616E0A02040402041C02041E02060305696A696E673502060F020603056C696576651E020310021302036C6F7728020403037566662F022313021A01020502046F6F74734A020A0206726974697368150209020275741802020202020202020D02021D020202017921020B02020E0C021408020E0F020A010663616C6C656419020913020903016E18020C02020C0302090402021A02120302090D021104036E6F7415021B0C02161F0204030670616369747912021E04046974616C33021E03027265120206030273651302040304757365731C02102B020F020865617365666972652302150602030802190602150207686169726D616E09020326020804046D62657209020826020D04047468616D0302021602021302020303696E610F020224020A050365736533021D02046976696309020726020C05016C2F021002066C61696D65640B020710020C1502070D02070202040603696E673502120F021203036561721802080202080C020312020D03036F736535020F0F020F02086F616C6974696F6E0102090102110A02090D020D0A020509020D08021403020503036D657334020304056D656E74730802072B02071302040506697373696F6E09020926020E05026F6E1E020603066E666C696374130411100902130202190A020A1F0212040973657175656E6365731302160404746578741D020F21020F0507696E67656E747312020B01021903020A0B021220020A040676696E6365641502040307756E747269657302020E24020A01020809020C0402110402141202040701790402050D0205050209170205140209020572656174650102070B02070701642F021303076974696369736D1D021A21021A0206757272656E742002070103646179310218020365616C1702130C02161402161202130102130503696E672802020307636973696F6E73360216030866696E6974656C79210213030C6D6F637261746963616C6C793D020C0202090304706C6F7923020C14020C0702656411021601020E01020E0F02090B02160B020904037574790402070D02071C020703047369726520021003057461696C7342020704026572300214030A76656C6F706D656E747329021C090213020669616C6C656434022003016429021609020D03077361677265657336021A0406686F6E65737446020904066D697373656446020702056D6974727907020232020202016F120204030265731D021521021503046E616C640D020424020203021E03037562742902090107656C65637465643D020D02020A0603696F6E2B020C03020E11021602066D65726765642F020503066D616E75656C0202040402042E020702026E641C020A03020A16021806021609021801020A0202090402150403696E671E02171702110F02110305737572656421020802097370656369616C6C7921020D030973656E7469616C6C79420218010203020575726F706514020B0402190202190702616E1202170F020E020376656E190213130213020678706572747346020B0104666163654A021003056C73656C793D0206020203020265774A02030204696674682E020803026E6420021202026F7213021702021604020A0C021007020A070216090210040263653B02131002120601641F021506017322020616020604046569676E0402080D020804020E0C020C0C020804056D616C6C79230209140209020572656E63680202020402020F020B1F020503026F6D02020F0F021103020A05021F0A02030A02110302180402120302030B021104066E746C696E651102191C0219020675727468657219021C03047475726530021601066765726D616E15020A0204696C6573030206160206130206030276651D020A21020A02016F18020E01020F01020E12020F02047261627319021E03046F756E6414021136020D03057573686B6F0402030D02031C02030208756172616E7465651802170202170A017321020608036F727326020D01020B110217010668617070656E3602120301730B020609020304020501020801020501020A05020C0C02080202040102040102060B040506100404060302766515021C1202110202050F021D0502050202020102050602050402050403696E671402070201652502070C020E050214060207070207020269732E020718020302036F6C643102070303706573290204030473746564020206320209030375736503020316020313020303057765766572190207130207020375676533021801016915020209020201020226020202036465612F022002016613020504021001021002021002020D02020505021313021301021310020C02021002066C6C6567616C16020F2B020F020A6D6D6564696174656C7943020802016E02020908020A04020A04021B0104020F01021201022201021207020D0C021201020A04060A040603021A01020901021B01040C170104050901020308020D02020B0102120304050902021702020C02020E030564756365642B020514020F0306666F726D616C300211030673697374656422020316020304087469747574696F6E2F0212030874657265737465644602160901731602142B021404016F16020B03021010020803021015020B01020C0408726F647563696E671602072B02070102090306766173696F6E0A02090402091C02091E020B020173170214070408050102050402170C022102020404021402021706020A0202070302170104020C0102140102050102100302140201741202150102090102020402070202070204030402020A110203050202130402040301731802140202140D020F0402090D021B07021301076A696E70696E670F020624020E02036F696E30020F0503696E6733020903026E670502062E0214030975726E616C697374733502040F020402037573742E020501046B6569720102020202050902020D02051302050802190702040702150902030202696D0502052E021302046F7265610502032E0211020672656D6C696E070205320205020379697627020D11021901056C6162656C12020903026E6419021D0A020F14020F0302737429021409020B0301772B0207140211020365616429021809020F050265720802042B0204070173230202140202030367616C15021E2B020703057474696E6711020D1C020D0204696768741F02071602150F02150102070302707342021302016C36020F01066D6163726F6E0202050402052E02080302646508020510020602020619020503026B651502110501733602150403696E6726020212020C03056E6461746515021F2B02080401792E020F0305727469616C2B0206140210030578696D756D25020E17020E03017912020C020465616E7313020A0C021D0501742B020814021205057768696C652E02020D0202030364696139020B03056574696E6729020D09020403056D6265727314020E0207696C69746172791F021C02021112021903066E69737465720402090702050602091C020903020502046F6E746829021509020C03027265300209030473636F772202021602020E021402017224020201020A11020A04020202020A01086E6174696F6E616C12021D04016F12040A1102020D02036577732F021902046967687436020902016F22020416020403037274680502022E021003017412020504021107021604021408021709020E0B020B0102160102080202110301771902121302120302020205756D62657217020824021C0E020802021B010A6F626A656374697665731F021A0209636375706174696F6E42020A02016601020A08020403020A05020F0102120302080102150502030102110104100501021601020B01020903020603020801020606020F020209060219020206010212060410050302150104080E01021201021901020B02021003021103046665727318021302021304036963652E020B08020602016E12020F02020F0A020F0A020C09020B0302150102070102070E020706020B03016526020701020511021103026C7918020D02020D02020727020E040206020370656E1B020F05026C794A02060404726174651502212B020A0705696F6E616C420206030474696F6E1E021202017212021A02020C0A0213050211140211030564657265640A02070402071C02071E020902047468657202020D13020D1F02100604776973651F0211020275721502170A0219040A12090A09510F0D0F0E0F1011120A0D0E0F100D12090A100A19060B152B210A090D0C07190F0D090A0B2F160A110D0D080E090B13120E180E0B0907070C160F0C0F0B080C06170B110B2208100E07180E0C180B1E120D060F0B0814080C0D140C160E090A07120B090C0B0B0D060A0F080F0E0B111C0E0A0E11100A0B0B090D070907190A0609150D13220E0B090B0F0A0F090C1010060E0B2C1F08120A08080C0E0D080F08240E0F540D0B0E0D0D091513143523150F08080A1108210A0C0E0B0A0D0A090B0A090B0D120706111007060B0D060D0D060C090D080D0A12170C070F120D0A0809090B210C130F0E5D0C0B210C1308070C0A0912130F09');
INSERT INTO "evidence_fts_data" VALUES(137438953474,X'000009D104306F757411020C03020619020C020376616C360205030965726C6F6F6B696E674802020202776E180215020215010670617261646533021A0402697302020A32020D0402747913021C0204656163651702120402110D02061E02180302120308726D697373696F6E1D020C21020C040573756164653102110304736B6F7607020332020302036C616E0102050B02050C020B02020B0304656467653B020E10020D0701644A020702016D18020402020402076F736974696F6E1D020321020304057369626C651E020C25020D04017442020E0505706F6E65642B020E14021803037765721D02142102140206726573656E7446021305056964656E740202030402030702030202040102030D020608020304021108021301020801020C0104061902021906020302020608020F0A0369616C2B020B1402150303696D650B020425020404056F7269747915021403066F6261626C7924020A16020A040673706563747328020704047465637401020E0803696F6E25020F17020F04047669646524020E16020E08016421020A020275744A02090402696E0A02060402060B02200202080E020B01020604020301021501021A01020A01020203020201020D0E0202040208010772656163686564230218140218030763656976696E6725020D17020D05046E746C7924020416020403066A656374656427021211021E03087065617465646C791B020B0305736F6C76651F0217020569676765642E021502046F676F761602022B020203026F741C020F2B020E0204756C656411020B03020519020B03056D626C657328020B0304737369611B02090B020401020211020E0302140202020E021307016E08020301020626040B0E0202120202030602090101730102040202040102060102040202060502040302030204060F0602030206040A0C02020506020404021204020C0202030106040A0C0104060F02021E03020301040B0906020603021203020D0A020302036169641702050E02061702060D020503017946020D0401731C02042B02030202656123021014021003066375726974791602160202160202160702052002160301651F02100102031602100305697A7572651D021221021203026E6417020C32020C040273651E02070301743102050205686F756C642202070402050102031104070A020A69676E69666963616E7417020712021B09021217020703036E63651502192B020203017234021807020310020202046B69657325021317021302066F63696574792F021103066C64696572731102101C021004057574696F6E200214020470616365420210030665616B696E6736020203036F6B65250208170208060773706572736F6E0702071002042202071002040705776F6D616E3B021E10021D020474616E641D02172102170404726D65720102030B02030B020202020B13020B03021D05021A0E0216070202040274652F02180A020A06046D656E7442020306017343021503086970756C6174657343020903026F7019021A03047275636B17021532021502037563681D020B21020B03076767657374656424020516020503046D6D697402020832020B030570706F7274240210160210090211010574616C6B731B02061602081502190304726765741502150302737316020519021B120205020365726D2E020904067269746F72791202110302242B020D020368616E30020A04017413020B0202050102060202090202090302040102040202050402060B04061801020805020905020603020801020401020502020602020A01020904020303016501020B010210020204030204010402060104020501020201020201020B02020203040416010410080104150B010210010206010213020403100204031002060B05060104020E0204090501060606050304040501020702020901020701020901020F01020203040416010211010407050104021001021B010206010602061801021301060A0F050104041501040405010213010204010207010407120304020E030213010802050A070104100501060A0F050104090501020E01060A050601020402040C050104061204016D150212040272651302080B02090102041602130F0213010204040273651302180401791304060802021A0C02151F02030304696E677336021105016B1F0203260203040272641602082B020804017315022303020A02020A04021802021320020C03020B0305726F7567681F021B0502776E29020702016F010406090B020605021702021D02022002040B0501021801040E0C01021801040D0501020901021901020D01021601021102020A01020B01020D04020501021903020E01021703040E070106060C0601021003021002020B01020A02020D01060F080703021902020904021002021201020802040B0501020801060E080703026C6416020419021606020304020808020403020302047269657331020F03046F6F707314020901020F02020D0C020D14020D0B020B07020D0303756C7919021904026D700D02050C021502020409020301020B07021505020303021F02020B04020302020B010204020675657364617931020C03046E6E656C1F020D16021B0F021B01020D0102756B0B020325020303057261696E6501020F10021201021302021302020C01020F02021102021306020301020B03021106020201021101021208020D03020B03021001021103020C02020C03020D05020F02020F070369616E1002020D020508020217020202020504020F02016E0502072E02150309627265616B61626C653B020D10020C03036465721202070303696F6E12021804037465644302140201701D02182102180201730D02020B021202021206020B04020805021009020702021C02021804020801020B10020A0108766C6164696D697230021902086F6C6F64796D79721002040D0207080204170204020207030377656423020A14020A010477616E7417020A19020D19020A0301720A02030402030E020C0E020301020406021C04020B06021804020E05020B03020B01020503021704036E656436020C0301732B020D03021407020E0A021705020E0301791E02150201651202020D040E060102020307646E65736461793402160102080102080E0208030273742E02120D0208100207050365726E22020516020502036861741202080303657265340217030369636827020C11021803016F46020C04026C652F021F0203696C6C15021007020603040F0601020E2702050503696E6701020C0B020C17020801020C13020803020C0302746802020B1102130804070D0A020904020E08020901020502020E02021B06020907020F05036F757419021413021402026F6E2E02060303756C6416020D0E020916020907020D010278690F020524020D0103796F7536020E01097A656C656E736B79791002050D020808020517020501020901020801020602036F6E65130212040E080E0A0B0A0715100A0C110C06090F0D060D0B0B380B0B0A0E0B090B0C0607310F0F0C0E0D0A0A0C0A0F0A1B16521106090A170C0D0A070614180B0C0C0B0E0A090B0B150D0C210A09060D070C0B0F0C1010090D08110840814C0616071009090A180A07810116091B08280B120A4C17091108080809270D190B0F2A0812060D150D0B08080B06071517260B07110A0820');
CREATE TABLE 'evidence_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
INSERT INTO "evidence_fts_docsize" VALUES(1,X'0E');
INSERT INTO "evidence_fts_docsize" VALUES(2,X'10');
INSERT INTO "evidence_fts_docsize" VALUES(3,X'05');
INSERT INTO "evidence_fts_docsize" VALUES(4,X'08');
INSERT INTO "evidence_fts_docsize" VALUES(5,X'06');
INSERT INTO "evidence_fts_docsize" VALUES(6,X'04');
INSERT INTO "evidence_fts_docsize" VALUES(7,X'06');
INSERT INTO "evidence_fts_docsize" VALUES(8,X'06');
INSERT INTO "evidence_fts_docsize" VALUES(9,X'08');
INSERT INTO "evidence_fts_docsize" VALUES(10,X'0A');
INSERT INTO "evidence_fts_docsize" VALUES(11,X'06');
INSERT INTO "evidence_fts_docsize" VALUES(12,X'0B');
INSERT INTO "evidence_fts_docsize" VALUES(13,X'04');
INSERT INTO "evidence_fts_docsize" VALUES(14,X'0A');
INSERT INTO "evidence_fts_docsize" VALUES(15,X'05');
INSERT INTO "evidence_fts_docsize" VALUES(16,X'04');
INSERT INTO "evidence_fts_docsize" VALUES(17,X'18');
INSERT INTO "evidence_fts_docsize" VALUES(18,X'1D');
INSERT INTO "evidence_fts_docsize" VALUES(19,X'1E');
INSERT INTO "evidence_fts_docsize" VALUES(20,X'12');
INSERT INTO "evidence_fts_docsize" VALUES(21,X'23');
INSERT INTO "evidence_fts_docsize" VALUES(22,X'15');
INSERT INTO "evidence_fts_docsize" VALUES(23,X'14');
INSERT INTO "evidence_fts_docsize" VALUES(24,X'18');
INSERT INTO "evidence_fts_docsize" VALUES(25,X'1F');
INSERT INTO "evidence_fts_docsize" VALUES(26,X'18');
INSERT INTO "evidence_fts_docsize" VALUES(27,X'12');
INSERT INTO "evidence_fts_docsize" VALUES(28,X'14');
INSERT INTO "evidence_fts_docsize" VALUES(29,X'19');
INSERT INTO "evidence_fts_docsize" VALUES(30,X'18');
INSERT INTO "evidence_fts_docsize" VALUES(31,X'1C');
INSERT INTO "evidence_fts_docsize" VALUES(32,X'13');
INSERT INTO "evidence_fts_docsize" VALUES(33,X'15');
INSERT INTO "evidence_fts_docsize" VALUES(34,X'0A');
INSERT INTO "evidence_fts_docsize" VALUES(35,X'17');
INSERT INTO "evidence_fts_docsize" VALUES(36,X'0F');
INSERT INTO "evidence_fts_docsize" VALUES(37,X'12');
INSERT INTO "evidence_fts_docsize" VALUES(38,X'0C');
INSERT INTO "evidence_fts_docsize" VALUES(39,X'11');
INSERT INTO "evidence_fts_docsize" VALUES(40,X'0B');
INSERT INTO "evidence_fts_docsize" VALUES(41,X'1B');
INSERT INTO "evidence_fts_docsize" VALUES(42,X'0A');
INSERT INTO "evidence_fts_docsize" VALUES(43,X'0D');
INSERT INTO "evidence_fts_docsize" VALUES(44,X'16');
INSERT INTO "evidence_fts_docsize" VALUES(45,X'18');
INSERT INTO "evidence_fts_docsize" VALUES(46,X'14');
INSERT INTO "evidence_fts_docsize" VALUES(47,X'22');
INSERT INTO "evidence_fts_docsize" VALUES(48,X'19');
INSERT INTO "evidence_fts_docsize" VALUES(49,X'1B');
INSERT INTO "evidence_fts_docsize" VALUES(50,X'12');
INSERT INTO "evidence_fts_docsize" VALUES(51,X'1D');
INSERT INTO "evidence_fts_docsize" VALUES(52,X'20');
INSERT INTO "evidence_fts_docsize" VALUES(53,X'1A');
INSERT INTO "evidence_fts_docsize" VALUES(54,X'1A');
INSERT INTO "evidence_fts_docsize" VALUES(55,X'17');
INSERT INTO "evidence_fts_docsize" VALUES(56,X'1D');
INSERT INTO "evidence_fts_docsize" VALUES(57,X'0A');
INSERT INTO "evidence_fts_docsize" VALUES(58,X'0F');
INSERT INTO "evidence_fts_docsize" VALUES(59,X'1D');
INSERT INTO "evidence_fts_docsize" VALUES(60,X'12');
INSERT INTO "evidence_fts_docsize" VALUES(61,X'0C');
INSERT INTO "evidence_fts_docsize" VALUES(62,X'19');
INSERT INTO "evidence_fts_docsize" VALUES(63,X'17');
INSERT INTO "evidence_fts_docsize" VALUES(64,X'0C');
INSERT INTO "evidence_fts_docsize" VALUES(65,X'15');
INSERT INTO "evidence_fts_docsize" VALUES(66,X'19');
INSERT INTO "evidence_fts_docsize" VALUES(67,X'14');
INSERT INTO "evidence_fts_docsize" VALUES(68,X'1A');
INSERT INTO "evidence_fts_docsize" VALUES(69,X'0C');
INSERT INTO "evidence_fts_docsize" VALUES(70,X'18');
INSERT INTO "evidence_fts_docsize" VALUES(71,X'13');
INSERT INTO "evidence_fts_docsize" VALUES(72,X'0C');
INSERT INTO "evidence_fts_docsize" VALUES(73,X'14');
INSERT INTO "evidence_fts_docsize" VALUES(74,X'12');
INSERT INTO "evidence_fts_docsize" VALUES(75,X'1C');
CREATE TABLE 'evidence_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
INSERT INTO "evidence_fts_idx" VALUES(1,X'',2);
INSERT INTO "evidence_fts_idx" VALUES(1,X'306F7574',4);
CREATE TABLE "issues" (
   "key" TEXT PRIMARY KEY,
   "briefing" TEXT REFERENCES "briefings"("id"),
   "id" TEXT,
   "title" TEXT,
   "proposition" TEXT,
   "description" TEXT
);
INSERT INTO "issues" VALUES('coalition-of-the-willing/foreign-troops','coalition-of-the-willing','foreign-troops','Foreign troops after a ceasefire','Foreign, mainly European, troops should deploy to Ukraine as part of its security guarantees once a ceasefire or peace deal is reached.',NULL);
INSERT INTO "issues" VALUES('coalition-of-the-willing/troops-now','coalition-of-the-willing','troops-now','Troops before a ceasefire','A European force should go into Ukraine now, before any ceasefire and without waiting for US backing.',NULL);
INSERT INTO "issues" VALUES('coalition-of-the-willing/us-backstop','coalition-of-the-willing','us-backstop','A US security guarantee','The United States should offer Europe its own security guarantee for a force in Ukraine.',NULL);
INSERT INTO "issues" VALUES('coalition-of-the-willing/us-air-support','coalition-of-the-willing','us-air-support','US air support','The United States should help protect Ukraine from the air, for instance with air support for a European force.',NULL);
INSERT INTO "issues" VALUES('coalition-of-the-willing/negotiated-end','coalition-of-the-willing','negotiated-end','A negotiated end to the war','The war should end in a negotiated settlement.',NULL);
INSERT INTO "issues" VALUES('coalition-of-the-willing/us-broker','coalition-of-the-willing','us-broker','The US as broker','The current US administration wants, and can help find, a settlement.',NULL);
INSERT INTO "issues" VALUES('coalition-of-the-willing/russia-guarantor','coalition-of-the-willing','russia-guarantor','Russia as a guarantor','Russia should be one of the guarantors of a settlement.',NULL);
INSERT INTO "issues" VALUES('coalition-of-the-willing/zelenskyy-mandate','coalition-of-the-willing','zelenskyy-mandate','Zelenskyy''s mandate','Volodymyr Zelenskyy holds a legitimate mandate to act for Ukraine, for instance to invite foreign troops.','Ukraine''s 2024 presidential election was postponed under martial law.');
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
INSERT INTO "judgements" VALUES('coalition-of-the-willing/no-force-before-ceasefire','coalition-of-the-willing','no-force-before-ceasefire','No European force will deploy to Ukraine before a ceasefire.','very-likely','moderate','2025-12-01','month',0,'December 2025',NULL,NULL,NULL,'[]','[]',NULL,'[{"kind": "position", "id": "coalition-foreign-troops", "direction": "supports"}, {"kind": "position", "id": "uk-foreign-troops", "direction": "supports"}, {"kind": "position", "id": "giles-troops-now", "direction": "supports"}, {"kind": "claim", "id": "troops-significant-number", "direction": "supports"}]','[{"date": "2025-09-05", "likelihood": "very-likely", "why": null}]',NULL,NULL,NULL,NULL);
INSERT INTO "judgements" VALUES('coalition-of-the-willing/russia-keeps-rejecting','coalition-of-the-willing','russia-keeps-rejecting','Russia will keep rejecting Western troops in Ukraine as part of security guarantees.','very-likely','moderate','2025-12-01','month',0,'December 2025',NULL,NULL,NULL,'[]','[]',NULL,'[{"kind": "position", "id": "russia-foreign-troops-march", "direction": "supports"}, {"kind": "position", "id": "russia-foreign-troops-september", "direction": "supports"}, {"kind": "position", "id": "russia-guarantor", "direction": "supports"}]','[{"date": "2025-09-05", "likelihood": "very-likely", "why": null}]',NULL,NULL,NULL,NULL);
INSERT INTO "judgements" VALUES('coalition-of-the-willing/us-guarantee-unlikely','coalition-of-the-willing','us-guarantee-unlikely','The United States will give Europe the security guarantee Britain made a condition of deploying.','unlikely','low','2025-12-01','month',0,'December 2025',NULL,NULL,NULL,'[]','[]',NULL,'[{"kind": "position", "id": "uk-us-backstop", "direction": "supports"}, {"kind": "position", "id": "us-air-support", "direction": "supports"}, {"kind": "claim", "id": "unbreakable-pledge", "direction": "supports"}, {"kind": "question", "id": "us-backstop", "direction": "supports"}]','[{"date": "2025-09-05", "likelihood": "unlikely", "why": null}]',NULL,NULL,NULL,NULL);
INSERT INTO "judgements" VALUES('coalition-of-the-willing/guarantor-deadlock','coalition-of-the-willing','guarantor-deadlock','Russia''s demand to be a guarantor, which Kyiv rejects, will stand in the way of an agreement on guarantees.','likely','low','2025-12-01','month',0,'December 2025',NULL,NULL,NULL,'[]','[]',NULL,'[{"kind": "position", "id": "russia-guarantor", "direction": "supports"}, {"kind": "position", "id": "ukraine-russia-guarantor", "direction": "supports"}, {"kind": "question", "id": "russia-as-guarantor", "direction": "supports"}]','[{"date": "2025-09-05", "likelihood": "likely", "why": null}]',NULL,NULL,NULL,NULL);
INSERT INTO sqlite_master(type,name,tbl_name,rootpage,sql)VALUES('table','judgements_fts','judgements_fts',0,'CREATE VIRTUAL TABLE "judgements_fts" USING FTS5 (
    "statement", "reasoning",
    content="judgements"
)');
INSERT INTO "judgements_fts" VALUES('No European force will deploy to Ukraine before a ceasefire.',NULL);
INSERT INTO "judgements_fts" VALUES('Russia will keep rejecting Western troops in Ukraine as part of security guarantees.',NULL);
INSERT INTO "judgements_fts" VALUES('The United States will give Europe the security guarantee Britain made a condition of deploying.',NULL);
INSERT INTO "judgements_fts" VALUES('Russia''s demand to be a guarantor, which Kyiv rejects, will stand in the way of an agreement on guarantees.',NULL);
CREATE TABLE 'judgements_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;
INSERT INTO "judgements_fts_config" VALUES('version',4);
CREATE TABLE 'judgements_fts_data'(id INTEGER PRIMARY KEY, block BLOB);
INSERT INTO "judgements_fts_data" VALUES(1,X'043A00');
INSERT INTO "judgements_fts_data" VALUES(10,X'000000000101010001010101');
INSERT INTO "judgements_fts_data" VALUES(137438953473,X'000001B002306101020A02020D0102070208677265656D656E7404021302016E04021202017302020A010262650402060304666F7265010209020672697461696E03020B010963656173656669726501020B02086F6E646974696F6E03020E010664656D616E640402040304706C6F790102060703696E6703021001066575726F70650302070702616E0102030105666F7263650102040104676976650302060208756172616E74656503020A0A017302020E02021508026F720402080102696E02020802020E01046B656570020204020379697604020A01046D61646503020C01026E6F01020201026F6602020C01020F01021102016E04021401047061727402020B010972656A656374696E6702020507017304020B0205757373696102020202020201017304020302076563757269747902020D010209020474616E6404020D040374657303020401037468650304020801020F02016F0102070302050205726F6F70730202070107756B7261696E6501020801020902056E697465640302030103776179040210020665737465726E0202060204686963680402090203696C6C01020501020301020501020C040C0D060607090B0E0D0B09080B070A090D09070A090809070D06090E060D060F09080C090A0F0A080B09');
CREATE TABLE 'judgements_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
INSERT INTO "judgements_fts_docsize" VALUES(1,X'0A00');
INSERT INTO "judgements_fts_docsize" VALUES(2,X'0D00');
INSERT INTO "judgements_fts_docsize" VALUES(3,X'0F00');
INSERT INTO "judgements_fts_docsize" VALUES(4,X'1400');
CREATE TABLE 'judgements_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
INSERT INTO "judgements_fts_idx" VALUES(1,X'',2);
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
INSERT INTO "positions" VALUES('coalition-of-the-willing/russia-foreign-troops-march','coalition-of-the-willing','russia-foreign-troops-march','russia','coalition-of-the-willing/foreign-troops','opposes','Rules out troops from Ukraine''s allies, which its deputy foreign minister says would be a party to the conflict under any label.','[]','2025-03-17','day',1,'by about 17 March 2025','report',NULL,NULL,'starmer-coalition-bluff',165,0,1);
INSERT INTO "positions" VALUES('coalition-of-the-willing/rogov-foreign-troops','coalition-of-the-willing','rogov-foreign-troops','rogov','coalition-of-the-willing/foreign-troops','opposes','Says foreign troops would be a priority target for Russia''s army, and illegal.','[]','2025-03-17','day',1,'by about 17 March 2025','report',NULL,NULL,'starmer-coalition-bluff',165,1,1);
INSERT INTO "positions" VALUES('coalition-of-the-willing/uk-foreign-troops','coalition-of-the-willing','uk-foreign-troops','uk','coalition-of-the-willing/foreign-troops','conditional','Plans a "coalition of the willing" to protect Ukraine, with troops after a peace deal, but only with a US security guarantee.','[{"condition": "A US security guarantee", "issue": "us-backstop", "question": null}]','2025-03-17','day',1,'by about 17 March 2025','report',NULL,NULL,'starmer-coalition-bluff',165,1,1);
INSERT INTO "positions" VALUES('coalition-of-the-willing/giles-troops-now','coalition-of-the-willing','giles-troops-now','giles','coalition-of-the-willing/troops-now','supports','Calls for the coalition to go into Ukraine now, without Trump''s backing, to stop further land grabs.','[]','2025-03-17','day',1,'by about 17 March 2025','report',NULL,NULL,'starmer-coalition-bluff',165,1,1);
INSERT INTO "positions" VALUES('coalition-of-the-willing/uk-us-backstop','coalition-of-the-willing','uk-us-backstop','uk','coalition-of-the-willing/us-backstop','supports','Makes a US security guarantee to Europe the condition of its plan.','[]','2025-03-17','day',1,'by about 17 March 2025','report',NULL,NULL,'starmer-coalition-bluff',165,1,1);
INSERT INTO "positions" VALUES('coalition-of-the-willing/russia-negotiated-end-march','coalition-of-the-willing','russia-negotiated-end-march','russia','coalition-of-the-willing/negotiated-end','conditional','Says it is open to peace, but will end the war only if the "root causes" are addressed.','[{"condition": "The \"root causes\" are addressed", "issue": null, "question": "root-causes-meaning"}]','2025-03-17','day',1,'by about 17 March 2025','report',NULL,NULL,'starmer-coalition-bluff',165,0,1);
INSERT INTO "positions" VALUES('coalition-of-the-willing/rogov-zelenskyy-mandate','coalition-of-the-willing','rogov-zelenskyy-mandate','rogov','coalition-of-the-willing/zelenskyy-mandate','opposes','Denies that Zelenskyy can permit foreign troops, calling his rule "a seizure of power".','[]','2025-03-17','day',1,'by about 17 March 2025','report',NULL,NULL,'starmer-coalition-bluff',165,1,1);
INSERT INTO "positions" VALUES('coalition-of-the-willing/russia-negotiated-end-september','coalition-of-the-willing','russia-negotiated-end-september','russia','coalition-of-the-willing/negotiated-end','conditional','An acceptable end can be agreed "if common sense is there"; otherwise, military means, Putin says.','[{"condition": "Russia''s unstated war objectives are met", "issue": null, "question": "ceasefire-terms"}]','2025-09-03','day',0,'3 September 2025','relative','on Wednesday',NULL,'putin-rejects-boots-on-the-ground',2,0,1);
INSERT INTO "positions" VALUES('coalition-of-the-willing/russia-us-broker','coalition-of-the-willing','russia-us-broker','russia','coalition-of-the-willing/us-broker','supports','The current US administration has "the will and desire" to find a solution, Putin says.','[]','2025-09-03','day',0,'3 September 2025','relative','on Wednesday',NULL,'putin-rejects-boots-on-the-ground',2,0,1);
INSERT INTO "positions" VALUES('coalition-of-the-willing/russia-foreign-troops-september','coalition-of-the-willing','russia-foreign-troops-september','russia','coalition-of-the-willing/foreign-troops','opposes','Says foreign, especially European and American, contingents "definitely" cannot provide Ukraine''s security guarantees.','[]','2025-09-05','day',0,'by 5 September 2025','report',NULL,NULL,'putin-rejects-boots-on-the-ground',0,0,1);
INSERT INTO "positions" VALUES('coalition-of-the-willing/coalition-foreign-troops','coalition-of-the-willing','coalition-foreign-troops','coalition-of-the-willing','coalition-of-the-willing/foreign-troops','supports','Its leaders vowed to deploy troops "by land, sea or air" if a ceasefire deal is reached; which countries, the source does not say.','[]','2025-09-05','day',0,'by 5 September 2025','report',NULL,NULL,'putin-rejects-boots-on-the-ground',0,0,1);
INSERT INTO "positions" VALUES('coalition-of-the-willing/us-air-support','coalition-of-the-willing','us-air-support','us','coalition-of-the-willing/us-air-support','tentative','Would "probably" be willing to provide air support, Trump suggested.','[]','2025-09-05','day',0,'by 5 September 2025','report','recently',NULL,'putin-rejects-boots-on-the-ground',0,0,1);
INSERT INTO "positions" VALUES('coalition-of-the-willing/ukraine-air-support','coalition-of-the-willing','ukraine-air-support','ukraine','coalition-of-the-willing/us-air-support','supports','Seeks "maximum protection for Ukraine''s skies", which Zelenskyy says he discussed with Trump.','[]','2025-09-05','day',0,'by 5 September 2025','report',NULL,NULL,'putin-rejects-boots-on-the-ground',0,0,1);
INSERT INTO "positions" VALUES('coalition-of-the-willing/russia-guarantor','coalition-of-the-willing','russia-guarantor','russia','coalition-of-the-willing/russia-guarantor','supports','Wants Russia among the "guarantors".','[]','2025-09-05','day',0,'by 5 September 2025','report',NULL,NULL,'putin-rejects-boots-on-the-ground',0,0,1);
INSERT INTO "positions" VALUES('coalition-of-the-willing/ukraine-russia-guarantor','coalition-of-the-willing','ukraine-russia-guarantor','ukraine','coalition-of-the-willing/russia-guarantor','opposes','Rejects, with its allies, Russia as a guarantor.','[]','2025-09-05','day',0,'by 5 September 2025','report',NULL,NULL,'putin-rejects-boots-on-the-ground',0,0,1);
INSERT INTO sqlite_master(type,name,tbl_name,rootpage,sql)VALUES('table','positions_fts','positions_fts',0,'CREATE VIRTUAL TABLE "positions_fts" USING FTS5 (
    "summary",
    content="positions"
)');
INSERT INTO "positions_fts" VALUES('Rules out troops from Ukraine''s allies, which its deputy foreign minister says would be a party to the conflict under any label.');
INSERT INTO "positions_fts" VALUES('Says foreign troops would be a priority target for Russia''s army, and illegal.');
INSERT INTO "positions_fts" VALUES('Plans a "coalition of the willing" to protect Ukraine, with troops after a peace deal, but only with a US security guarantee.');
INSERT INTO "positions_fts" VALUES('Calls for the coalition to go into Ukraine now, without Trump''s backing, to stop further land grabs.');
INSERT INTO "positions_fts" VALUES('Makes a US security guarantee to Europe the condition of its plan.');
INSERT INTO "positions_fts" VALUES('Says it is open to peace, but will end the war only if the "root causes" are addressed.');
INSERT INTO "positions_fts" VALUES('Denies that Zelenskyy can permit foreign troops, calling his rule "a seizure of power".');
INSERT INTO "positions_fts" VALUES('An acceptable end can be agreed "if common sense is there"; otherwise, military means, Putin says.');
INSERT INTO "positions_fts" VALUES('The current US administration has "the will and desire" to find a solution, Putin says.');
INSERT INTO "positions_fts" VALUES('Says foreign, especially European and American, contingents "definitely" cannot provide Ukraine''s security guarantees.');
INSERT INTO "positions_fts" VALUES('Its leaders vowed to deploy troops "by land, sea or air" if a ceasefire deal is reached; which countries, the source does not say.');
INSERT INTO "positions_fts" VALUES('Would "probably" be willing to provide air support, Trump suggested.');
INSERT INTO "positions_fts" VALUES('Seeks "maximum protection for Ukraine''s skies", which Zelenskyy says he discussed with Trump.');
INSERT INTO "positions_fts" VALUES('Wants Russia among the "guarantors".');
INSERT INTO "positions_fts" VALUES('Rejects, with its allies, Russia as a guarantor.');
CREATE TABLE 'positions_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;
INSERT INTO "positions_fts_config" VALUES('version',4);
CREATE TABLE 'positions_fts_data'(id INTEGER PRIMARY KEY, block BLOB);
INSERT INTO "positions_fts_data" VALUES(1,X'0F8163');
INSERT INTO "positions_fts_data" VALUES(10,X'000000000101010001010101');
INSERT INTO "positions_fts_data" VALUES(137438953473,X'000005B20230610102110102070106030D0802020302020C02020D02020E0402080209636365707461626C6508020302086464726573736564060213030C6D696E697374726174696F6E09020502046674657203020D02056772656564080207020269720B020C01020802056C6C6965730102080E020502076D65726963616E0A020703036F6E670E020402016E08020203016402020E0702090102060301790102170202726506021203026D7902020D0201730F020701076261636B696E6704020E020165010210010206060206040204020275740302110302080201790B0208010763616C6C696E6707020905017304020203016E07020501020504036E6F740A020A030475736573060211020865617365666972650B020F02086F616C6974696F6E03020401020503046D6D6F6E08020903076E646974696F6E05020A0405666C696374010215040874696E67656E74730A02080307756E74726965730B02140206757272656E7409020301046465616C030210080210030866696E6974656C790A020903046E6965730702020304706C6F790B0206040375747901020B03047369726509020A020869736375737365640D020D02036F65730B02170103656E6406020A02020402097370656369616C6C790A0204020575726F70650502080702616E0A0205010466696E6409020C02026F7202020A02020309020504046569676E01020C0102030502070302030203726F6D01020502067572746865720402110102676F0402070204726162730402130208756172616E7465650302170202060A01730A020F08026F720F02090A01730E020601036861730902060201650D020C0202697307020A0102696606020E02020803020D02066C6C6567616C02020F02036E746F04020802017306020402020B03021102017406020303017301020A04020C06020204020401056C6162656C01021803026E6404021207020902066561646572730B020301056D616B6573050202030578696D756D0D0203020465616E7308020F0207696C697461727908020E03066E697374657201020D01036E6F740B021803017704020A01026F6603020502020B02020E02036E6C7903021203020D020370656E0602050201720B020B0208746865727769736508020D020275740102030105706172747901021202046561636503020F0302070304726D697407020602036C616E05020D05017303020202046F77657207020F020772696F7269747902020803066F6261626C790C02030404746563740302090803696F6E0D02040404766964650A020B02020702047574696E08021001020F0107726561636865640B021203056A656374730F020202036F6F740602100203756C6507020B05017301020203047373696102020B0C020301020601017301020701020C02020D06020D030207020261790B021904017301020E01020204020202021101021001020203020B020265610B020A030663757269747903021602020505020E0303656B730D02020305697A75726507020D03036E736508020A02046B6965730D020802076F6C7574696F6E09020E0304757263650B02160203746F70040210020875676765737465640C020B030570706F72740C02090106746172676574020209020368617407020303016501021402020601020401020901040B06030402070202150302050402726508020C02016F0102130202080104060B01020701020603020B0202050102060205726F6F707301020401020401020C0402080402070303756D7004020C08020A01020F0107756B7261696E6501020602020A01020906020C03020602046E6465720102160201730302150202040402040105766F7765640B0204010577616E74730E020203017206020C0204686963680102090A02130202090203696C6C0602090302080503696E670302070902050302746803040B0A0A020E02020305036F757404020B02046F756C6401020F0102050A020201097A656C656E736B797907020406020A041D0E0D11090A0A0D0C08060C060707060C0F0A060C060908090D10090C0A0D0C0B0C0D090908090D080B0E0A07090D12080B0709100607060806070D0B080C060F0A0A0B0A0A090C0B08060D0B08060D070A0C090806090C0B09080C0C0C0A0808060F1207180711080A08090C09080D0A0B081D071C160E18090C0A0A060F0B0B0E080F');
CREATE TABLE 'positions_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
INSERT INTO "positions_fts_docsize" VALUES(1,X'17');
INSERT INTO "positions_fts_docsize" VALUES(2,X'0E');
INSERT INTO "positions_fts_docsize" VALUES(3,X'16');
INSERT INTO "positions_fts_docsize" VALUES(4,X'12');
INSERT INTO "positions_fts_docsize" VALUES(5,X'0C');
INSERT INTO "positions_fts_docsize" VALUES(6,X'12');
INSERT INTO "positions_fts_docsize" VALUES(7,X'0E');
INSERT INTO "positions_fts_docsize" VALUES(8,X'10');
INSERT INTO "positions_fts_docsize" VALUES(9,X'0F');
INSERT INTO "positions_fts_docsize" VALUES(10,X'0E');
INSERT INTO "positions_fts_docsize" VALUES(11,X'18');
INSERT INTO "positions_fts_docsize" VALUES(12,X'0A');
INSERT INTO "positions_fts_docsize" VALUES(13,X'0E');
INSERT INTO "positions_fts_docsize" VALUES(14,X'05');
INSERT INTO "positions_fts_docsize" VALUES(15,X'08');
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
INSERT INTO "questions" VALUES('coalition-of-the-willing/us-backstop','coalition-of-the-willing','us-backstop','Will the US give the guarantee Britain made a condition?','In March the first article said the White House had refused a guarantee; by September Trump had only suggested the US would "probably" provide air support.','open','["us", "trump"]','coalition-of-the-willing/us-backstop',NULL,NULL);
INSERT INTO "questions" VALUES('coalition-of-the-willing/troop-commitments','coalition-of-the-willing','troop-commitments','Which countries will commit troops, and how many?','Starmer''s spokesperson spoke in March of a "significant number" of countries wanting to send troops; the September article says few countries have openly pledged to put boots on the ground.','open','["coalition-of-the-willing", "uk", "france", "germany"]','coalition-of-the-willing/foreign-troops',NULL,NULL);
INSERT INTO "questions" VALUES('coalition-of-the-willing/russian-response','coalition-of-the-willing','russian-response','Would Russia treat foreign troops as a party to the conflict?','Grushko says any such contingents would face all the consequences of being a party to the conflict; Rogov, who chairs a Civic Chamber commission, says they would be a priority target.','open','["russia"]','coalition-of-the-willing/foreign-troops',NULL,NULL);
INSERT INTO "questions" VALUES('coalition-of-the-willing/deployment-framework','coalition-of-the-willing','deployment-framework','Under what framework would a force deploy?','Grushko says Russia does not care under what label troops deploy, so the choice of framework may matter more to the contributing states than to Moscow''s response.','open','["coalition-of-the-willing", "nato", "european-union"]','coalition-of-the-willing/foreign-troops',NULL,NULL);
INSERT INTO "questions" VALUES('coalition-of-the-willing/deploy-before-ceasefire','coalition-of-the-willing','deploy-before-ceasefire','Will the coalition deploy before a ceasefire?','Giles calls for the coalition to go into Ukraine now, even without US backing; the coalition''s leaders have vowed to deploy if a ceasefire deal is reached.','open','["coalition-of-the-willing", "uk"]','coalition-of-the-willing/troops-now',NULL,NULL);
INSERT INTO "questions" VALUES('coalition-of-the-willing/march-talks-ceasefire','coalition-of-the-willing','march-talks-ceasefire','Will Trump''s talks with Putin produce the 30-day ceasefire Trump is seeking?','In March 2025 Trump was set to press Putin to back a 30-day ceasefire, while Russia said it would end the war only if the "root causes" were addressed.','answered','["us", "russia"]','coalition-of-the-willing/negotiated-end','Not by September 2025: the second article says the conflict rumbles on and that Putin''s meeting with Trump in Alaska in August did not lead to any significant developments.','2025-09-05');
INSERT INTO "questions" VALUES('coalition-of-the-willing/ceasefire-terms','coalition-of-the-willing','ceasefire-terms','On what terms would Russia end the war?','Putin says an acceptable way of ending the conflict can be agreed "if common sense is there" and that otherwise Russia will pursue its objectives by military means; experts quoted in the second article call his comments dishonest.','open','["russia", "ukraine", "us"]','coalition-of-the-willing/negotiated-end',NULL,NULL);
INSERT INTO "questions" VALUES('coalition-of-the-willing/trump-consequences','coalition-of-the-willing','trump-consequences','What would Trump do if Putin makes decisions he disagrees with?','Trump warned Putin that "you''ll see things happen" but, in the second article, did not say what.','open','["us", "russia"]',NULL,NULL,NULL);
INSERT INTO "questions" VALUES('coalition-of-the-willing/russia-as-guarantor','coalition-of-the-willing','russia-as-guarantor','Will Russia''s demand to be a guarantor stand?','Moscow says Russia should be a guarantor and that no Western forces should deploy; Kyiv and its allies reject this, so the demand could block any deal on guarantees.','open','["russia", "ukraine", "coalition-of-the-willing"]','coalition-of-the-willing/russia-guarantor',NULL,NULL);
INSERT INTO "questions" VALUES('coalition-of-the-willing/root-causes-meaning','coalition-of-the-willing','root-causes-meaning','What does Russia mean by the "root causes"?','Russia makes addressing them a condition of peace, but neither article says what they are.','open','["russia"]','coalition-of-the-willing/negotiated-end',NULL,NULL);
INSERT INTO "questions" VALUES('coalition-of-the-willing/ukraine-election','coalition-of-the-willing','ukraine-election','When will Ukraine hold its postponed presidential election?','Russia and Trump have questioned Zelenskyy''s democratic mandate since the 2024 election was postponed, and Rogov uses the point to deny that Zelenskyy can permit foreign troops.','open','["ukraine"]','coalition-of-the-willing/zelenskyy-mandate',NULL,NULL);
INSERT INTO sqlite_master(type,name,tbl_name,rootpage,sql)VALUES('table','questions_fts','questions_fts',0,'CREATE VIRTUAL TABLE "questions_fts" USING FTS5 (
    "question", "why",
    content="questions"
)');
INSERT INTO "questions_fts" VALUES('Will the US give the guarantee Britain made a condition?','In March the first article said the White House had refused a guarantee; by September Trump had only suggested the US would "probably" provide air support.');
INSERT INTO "questions_fts" VALUES('Which countries will commit troops, and how many?','Starmer''s spokesperson spoke in March of a "significant number" of countries wanting to send troops; the September article says few countries have openly pledged to put boots on the ground.');
INSERT INTO "questions_fts" VALUES('Would Russia treat foreign troops as a party to the conflict?','Grushko says any such contingents would face all the consequences of being a party to the conflict; Rogov, who chairs a Civic Chamber commission, says they would be a priority target.');
INSERT INTO "questions_fts" VALUES('Under what framework would a force deploy?','Grushko says Russia does not care under what label troops deploy, so the choice of framework may matter more to the contributing states than to Moscow''s response.');
INSERT INTO "questions_fts" VALUES('Will the coalition deploy before a ceasefire?','Giles calls for the coalition to go into Ukraine now, even without US backing; the coalition''s leaders have vowed to deploy if a ceasefire deal is reached.');
INSERT INTO "questions_fts" VALUES('Will Trump''s talks with Putin produce the 30-day ceasefire Trump is seeking?','In March 2025 Trump was set to press Putin to back a 30-day ceasefire, while Russia said it would end the war only if the "root causes" were addressed.');
INSERT INTO "questions_fts" VALUES('On what terms would Russia end the war?','Putin says an acceptable way of ending the conflict can be agreed "if common sense is there" and that otherwise Russia will pursue its objectives by military means; experts quoted in the second article call his comments dishonest.');
INSERT INTO "questions_fts" VALUES('What would Trump do if Putin makes decisions he disagrees with?','Trump warned Putin that "you''ll see things happen" but, in the second article, did not say what.');
INSERT INTO "questions_fts" VALUES('Will Russia''s demand to be a guarantor stand?','Moscow says Russia should be a guarantor and that no Western forces should deploy; Kyiv and its allies reject this, so the demand could block any deal on guarantees.');
INSERT INTO "questions_fts" VALUES('What does Russia mean by the "root causes"?','Russia makes addressing them a condition of peace, but neither article says what they are.');
INSERT INTO "questions_fts" VALUES('When will Ukraine hold its postponed presidential election?','Russia and Trump have questioned Zelenskyy''s democratic mandate since the 2024 election was postponed, and Rogov uses the point to deny that Zelenskyy can permit foreign troops.');
CREATE TABLE 'questions_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;
INSERT INTO "questions_fts_config" VALUES('version',4);
CREATE TABLE 'questions_fts_data'(id INTEGER PRIMARY KEY, block BLOB);
INSERT INTO "questions_fts_data" VALUES(1,X'0B65822E');
INSERT INTO "questions_fts_data" VALUES(10,X'000000000101010001010101');
INSERT INTO "questions_fts_data" VALUES(137438953473,X'00000AF50530323032340B0601010D04013506060101040102333006080A01010E01016101080A01010D0106010109010C0801010E0A0A010206010807010119010601010D03080801010701060101060209636365707461626C65070601010502086464726573736564060601011F0803696E670A0601010402056772656564070601010D02026972010601011A02026C6C03060101090403696573090601011302016E0706010104030164020207050601011302080101090A0208010103100301790306010104060601011B020272650A0601011003057469636C65010601010601060101140506010123010601010F020601010C02017303020701046261636B060601010C0503696E67050601010F020165030601011D040601010C0208070101060304666F72650502060303696E67030601010D02046C6F636B090601011A02046F6F7473020601011D020672697461696E01020802027574080601010B020601010A020179010601010F060601011B030206010463616C6C0706010124050173050601010303016E070601010B040601011A030272650406010107030475736573060601011D0402090208656173656669726505080801011A01080C01011002056861697273030601011504046D626572030601011803046F696365040601010F020469766963030601011702086F616C6974696F6E050A040101060D03066D6D656E747307060101260506697373696F6E030601011906017402020505026F6E070601010F03076E646974696F6E01020B09060101070405666C69637403080C010112040601010A040973657175656E636573030601010B040874696E67656E7473030601010605087269627574696E6704060101170303756C64090601011904066E7472696573020A0301010D0C010364617906080B01010F020365616C050601011B040601011C0307636973696F6E7308020903046D616E6409080501011804076F6372617469630B0601010903026E790B060101170304706C6F7904080801010C010805010117040601010F02026964080601011003077361677265657308020B0406686F6E657374070601012702016F0802050302657304060101050602030108656C656374696F6E0B080901010E02026E6406060101160102070403696E670706010108020376656E050601010C0206787065727473070601011E0104666163650306010108020265770206010116020469727374010601010502026F72050601010404026365040207060173090601010D04046569676E030205080601011C020872616D65776F726B040804010111010567696C657305060101020302766501020502016F05060101080205726F756E64020601012003057573686B6F030601010201060101020208756172616E74656501080701010E0A0173090601011E08026F720908090101080103686164010801010B0903047070656E080601010A0302766502060101180306010114060601010502016508020A02026973070601012502036F6C640B02050303757365010601010A030177020208010269660506010118010601011A010601010E01020602016E0106010102010601010604060101020106010120010601010C0302746F0506010109020173050601011C01020E010601011102017406060101140301730706010119020601011202020601046B796976090601011001056C6162656C040601010A0206656164657273050601011302016C080601010701046D61646501020903036B6573080208020601010303056E646174650B0601010A040179020209030372636801060101030106010107040601010303047474657204060101130301790406010112020365616E0A0205050173070601011D0207696C6974617279070601011C02036F72650406010114030473636F77040601011B050601010201076E6569746865720A0601010B02016F090601010B03017404060101060406010111030177050601010B0205756D626572020601010B010A6F626A65637469766573070601011A020166020801010806010601010C01060101100306010107030601010802016E020601011E050202020601011D03026C7901060101130506010119020570656E6C7902060101190208746865727769736507060101150105706172747903080901010F0204656163650A060101090304726D69740B0601011B02066C6564676564020601011A02046F696E740B0601011503077374706F6E65640B0807010110020B7265736964656E7469616C0B020805017306060101090306696F72697479030601011F03066F6261626C7901060101180404647563650602080404766964650106010119020575727375650706010118030174020601011C0402696E06080701010A0106010102010807010104010A7175657374696F6E65640B0601010603046F746564070601011F010772656163686564050601011D03056675736564010601010C03046A6563740906010114030673706F6E7365040601011D02046F676F760306010113080601011203026F74060601011C040208020575737369610302030106010104020601011201080601011602080301010401080401010201060101020101730206010103020601011C0106010112010204030204020601010802036169640106010107050601011303017908060101120401730206010115010801010319010601010303060101030206010103010601010D020565636F6E640706010122010601010E030165080601010804046B696E6706020F03026E64020601011004027365070601011003077074656D6265720106010110010601011303017406060101070205686F756C6409080101050B020A69676E69666963616E74020601010A03036E63650B0601010B02016F040601010D05060101160204706F6B650206010105060773706572736F6E0206010104020474616E6409020A0404726D6572020601010204037465730406010118020375636803060101050307676765737465640106010114030570706F7274010601011B010574616C6B730602050304726765740306010120020465726D73070204020368616E040601011904017407060101140106010105010601010A0206010118030165010E0305010104060F01080101120F010A0B01010A09010801010E0A010A030101050D010A0901011706010A080101091A010601010D0106010117010207010801010C0A04016D0A06010105040272650706010112040179030601011B070601010F0304696E67730806010109040173090601011502016F020801010F0E01080A010110010801011507010801010711010801010805030206020601011602047265617403020403046F6F7073020806010111010206010601010B070601011D0303756D700106010111050A030C01010502080401010203060101040107756B7261696E65050601010A06020402046E646572040802010108020173010804010116040601010E030265730B060101130105766F7765640506010115010777616E74696E67020601010E030172060601011801020904036E656408060101030301730606010106050601010F03017907060101060203657265060601011E0305737465726E090601010C020368617404080301010903020301080201011302080201010E0302656E0B0202030369636802020204026C65060601011104027465010601010903016F03060101140203696C6C01020201020403020201020201060101170202020202030302746806020602020C05036F7574050601010D02046F756C640106010117020A020101071701020502060101150102050102030103796F75080601010601097A656C656E736B79790B0801010714040B080A2F100F0A0C09090A08170D0920060B0A13090A0B0B0B0E100B080D090E160C0B0B0B110D0D06091112100F0F0A0F0B0F0C0C0E0917090C0D060C100C0A0A0D0B090B0907080E100C07080C1110080A0B0B130609080A06161C091008100B0C0D08090D0C06140B0808080E0A100E080D080C111D100E0C0F0D0B0B0D0B0F10080D0D090B0C0815110B0E0C0B0D100C2B1D0F0822110809090913080D110A0D0B0E090B0A0A0E0C0A0B090A174708090D0B082909191C110C0E090C0E0B0A0D080A0C1A07080909081C0A0A200A');
CREATE TABLE 'questions_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
INSERT INTO "questions_fts_docsize" VALUES(1,X'0A1A');
INSERT INTO "questions_fts_docsize" VALUES(2,X'081F');
INSERT INTO "questions_fts_docsize" VALUES(3,X'0B1F');
INSERT INTO "questions_fts_docsize" VALUES(4,X'071C');
INSERT INTO "questions_fts_docsize" VALUES(5,X'071C');
INSERT INTO "questions_fts_docsize" VALUES(6,X'0E1E');
INSERT INTO "questions_fts_docsize" VALUES(7,X'0826');
INSERT INTO "questions_fts_docsize" VALUES(8,X'0B12');
INSERT INTO "questions_fts_docsize" VALUES(9,X'091D');
INSERT INTO "questions_fts_docsize" VALUES(10,X'080F');
INSERT INTO "questions_fts_docsize" VALUES(11,X'081C');
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
INSERT INTO "rebuttals" VALUES('coalition-of-the-willing/zelenskyy-not-elected/1','coalition-of-the-willing','coalition-of-the-willing/zelenskyy-not-elected',1,NULL,NULL,'source','factual','The first article calls the claim false: Ukraine''s 2024 presidential election was postponed under war-induced martial law.');
INSERT INTO "rebuttals" VALUES('coalition-of-the-willing/light-at-end-of-tunnel/1','coalition-of-the-willing','coalition-of-the-willing/light-at-end-of-tunnel',1,NULL,'experts','unnamed','argument','Experts, unnamed in the second article, dismiss the comments as dishonest and say Putin is trying to present Moscow as interested in peace talks.');
INSERT INTO "rebuttals" VALUES('coalition-of-the-willing/root-causes/1','coalition-of-the-willing','coalition-of-the-willing/root-causes',1,NULL,NULL,'source','argument','The first article says the demand overlooks that the war began because Putin ordered an invasion in 2022.');
INSERT INTO "rebuttals" VALUES('coalition-of-the-willing/troops-significant-number/1','coalition-of-the-willing','coalition-of-the-willing/troops-significant-number',1,NULL,NULL,'sources','factual','The second article, six months later, says few countries have openly pledged to put boots on the ground in the face of a deal.');
CREATE TABLE "relations" (
   "key" TEXT PRIMARY KEY,
   "actor" TEXT REFERENCES "actors"("id"),
   "relation" TEXT,
   "other_actor" TEXT REFERENCES "actors"("id"),
   "background" TEXT
);
INSERT INTO "relations" VALUES('coalition-of-the-willing/allied-with/ukraine','coalition-of-the-willing','allied-with','ukraine',NULL);
INSERT INTO "relations" VALUES('france/member-of/coalition-of-the-willing','france','member-of','coalition-of-the-willing',NULL);
INSERT INTO "relations" VALUES('giles/member-of/chatham-house','giles','member-of','chatham-house',NULL);
INSERT INTO "relations" VALUES('grushko/speaks-for/russia','grushko','speaks-for','russia',NULL);
INSERT INTO "relations" VALUES('kim-jong-un/leads/north-korea','kim-jong-un','leads','north-korea',NULL);
INSERT INTO "relations" VALUES('kremlin/speaks-for/russia','kremlin','speaks-for','russia','The Kremlin is the seat of the Russian presidency; the sources use its name for the Russian leadership.');
INSERT INTO "relations" VALUES('macron/leads/france','macron','leads','france',NULL);
INSERT INTO "relations" VALUES('peskov/speaks-for/kremlin','peskov','speaks-for','kremlin',NULL);
INSERT INTO "relations" VALUES('putin/leads/russia','putin','leads','russia',NULL);
INSERT INTO "relations" VALUES('rogov/member-of/russian-civic-chamber','rogov','member-of','russian-civic-chamber',NULL);
INSERT INTO "relations" VALUES('russia/opposed-to/ukraine','russia','opposed-to','ukraine',NULL);
INSERT INTO "relations" VALUES('starmer/leads/uk','starmer','leads','uk',NULL);
INSERT INTO "relations" VALUES('starmer/leads/coalition-of-the-willing','starmer','leads','coalition-of-the-willing',NULL);
INSERT INTO "relations" VALUES('trump/leads/us','trump','leads','us',NULL);
INSERT INTO "relations" VALUES('uk/member-of/coalition-of-the-willing','uk','member-of','coalition-of-the-willing','The United Kingdom convened the coalition of the willing in March 2025 and leads it with France.');
INSERT INTO "relations" VALUES('ukraine/opposed-to/russia','ukraine','opposed-to','russia',NULL);
INSERT INTO "relations" VALUES('white-house/speaks-for/us','white-house','speaks-for','us','The White House is the office of the US President; the sources use its name for the US administration.');
INSERT INTO "relations" VALUES('xi/leads/china','xi','leads','china',NULL);
INSERT INTO "relations" VALUES('zelenskyy/leads/ukraine','zelenskyy','leads','ukraine',NULL);
CREATE TABLE "sides" (
   "key" TEXT PRIMARY KEY,
   "briefing" TEXT REFERENCES "briefings"("id"),
   "id" TEXT,
   "name" TEXT,
   "actors" TEXT
);
INSERT INTO "sides" VALUES('coalition-of-the-willing/russia','coalition-of-the-willing','russia','Russia','["russia", "kremlin", "putin", "grushko", "peskov", "rogov", "russian-civic-chamber", "tass"]');
INSERT INTO "sides" VALUES('coalition-of-the-willing/ukraine-and-coalition','coalition-of-the-willing','ukraine-and-coalition','Ukraine and the coalition of the willing','["ukraine", "zelenskyy", "uk", "starmer", "france", "macron", "germany", "coalition-of-the-willing", "nato", "european-union"]');
INSERT INTO "sides" VALUES('coalition-of-the-willing/united-states','coalition-of-the-willing','united-states','United States','["us", "trump", "white-house"]');
INSERT INTO "sides" VALUES('coalition-of-the-willing/analysts','coalition-of-the-willing','analysts','Independent analysts','["giles", "chatham-house"]');
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
INSERT INTO "sources" VALUES('putin-rejects-boots-on-the-ground','Putin rejects Europe''s plan to put boots on the ground in Ukraine as peace prospects thrown into doubt','article','LBC','lbc','GB','broadcaster','https://www.lbc.co.uk/article/putin-europe-boots-ground-ukraine-peace-5HjdCbh_2/','2025-09-05','day',0,'5 September 2025','published',NULL,NULL);
INSERT INTO "sources" VALUES('starmer-coalition-bluff','Russian official calls Starmer''s "coalition of the willing" a bluff','annotator',NULL,NULL,NULL,NULL,NULL,'2025-03-17','day',1,'about 17 March 2025','outside','The article gives no date. It says Trump "is set to hold talks with Putin on Tuesday"; from outside the sources, those talks (a telephone call) took place on Tuesday 18 March 2025, so the article was most likely written in the days just before. Every date worked out from this article is therefore approximate.','Vladimir Putin and Keir Starmer');
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
