-- A number bumped whenever a user's password, roles or active flag change. A UI session keeps the
-- number it logged in with and ends when the database's differs, on whichever instance of a
-- deployment group the session's next request reaches (the change may have been made on another).
alter table app_user add column credentials_version bigint not null default 0;
