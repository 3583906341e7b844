-- roles for admin-portal
CREATE ROLE reporting NOLOGIN;
CREATE USER app_rw WITH PASSWORD 'r4BLJh9f+5k2NYh';
GRANT reporting TO app_rw;
ALTER USER etl WITH PASSWORD 'Glacier+Juniper2691';
