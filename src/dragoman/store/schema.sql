-- Dragoman store schema: version 1, the base; later versions are in migrations/NNNN_*.sql. Every event row keeps its document, sentence and
-- the character offsets of trigger, source and target in the document's original text.
CREATE TABLE IF NOT EXISTS schema_info (key VARCHAR PRIMARY KEY, value VARCHAR);

CREATE TABLE IF NOT EXISTS documents (
    id VARCHAR PRIMARY KEY,
    path VARCHAR,
    title VARCHAR,
    source VARCHAR,
    url VARCHAR,
    language VARCHAR,
    publication_date VARCHAR,
    date_basis VARCHAR,
    date_precision VARCHAR,
    duplicate_of VARCHAR,
    content_hash VARCHAR,
    body_length INTEGER,
    record JSON,
    stored_at TIMESTAMP DEFAULT current_timestamp
);

CREATE TABLE IF NOT EXISTS sentences (
    doc_id VARCHAR,
    idx INTEGER,
    start_char INTEGER,
    end_char INTEGER,
    text VARCHAR,
    PRIMARY KEY (doc_id, idx)
);

CREATE TABLE IF NOT EXISTS mentions (
    doc_id VARCHAR,
    idx INTEGER,
    sentence_idx INTEGER,
    start_char INTEGER,
    end_char INTEGER,
    text VARCHAR,
    kind VARCHAR,
    country VARCHAR,
    sector VARCHAR,
    name VARCHAR,
    kb_id VARCHAR,
    rule VARCHAR,
    PRIMARY KEY (doc_id, idx)
);

CREATE TABLE IF NOT EXISTS events (
    id VARCHAR PRIMARY KEY,
    doc_id VARCHAR,
    sentence_idx INTEGER,
    sentence VARCHAR,
    type VARCHAR,
    mode VARCHAR,
    cameo VARCHAR,
    quad_class INTEGER,
    intensity DOUBLE PRECISION,
    source_country VARCHAR,
    source_sector VARCHAR,
    source_name VARCHAR,
    source_kb_id VARCHAR,
    source_rule VARCHAR,
    target_country VARCHAR,
    target_sector VARCHAR,
    target_name VARCHAR,
    target_kb_id VARCHAR,
    target_rule VARCHAR,
    modality VARCHAR,
    historical BOOLEAN,
    quote VARCHAR,
    quote_speaker VARCHAR,
    event_date VARCHAR,
    date_precision VARCHAR,
    date_text VARCHAR,
    location VARCHAR,
    location_country VARCHAR,
    admin1 VARCHAR,
    geonames_id BIGINT,
    lat DOUBLE PRECISION,
    lon DOUBLE PRECISION,
    location_precision VARCHAR,
    confidence DOUBLE PRECISION,
    trigger_start INTEGER,
    trigger_end INTEGER,
    trigger_text VARCHAR,
    source_start INTEGER,
    source_end INTEGER,
    target_start INTEGER,
    target_end INTEGER,
    rule VARCHAR,
    record JSON
);
