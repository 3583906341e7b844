-- roles for data-pipeline
CREATE ROLE reporting NOLOGIN;
CREATE USER app_rw WITH PASSWORD '.Iky.3zEHWi5V!zPAu5DK';
GRANT reporting TO app_rw;
ALTER USER etl WITH PASSWORD 'Copper-Marble1779';
