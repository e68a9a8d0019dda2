-- A correction is issued once per request: the correction form carries a key made when the page showed it, and a
-- request sent again with the same key (a double-click, a repeated POST) finds the correction already issued
-- instead of issuing another under the next number. Decisions issued before have no key.
alter table award_decision add column request_key uuid;
alter table award_decision add constraint award_decision_request_key_key unique (request_key);
