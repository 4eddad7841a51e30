--
-- PostgreSQL database dump
--

-- Dumped from database version 16.2
-- Dumped by pg_dump version 16.2

SET statement_timeout = 0;
SET lock_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;

\connect shop

CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

COMMENT ON EXTENSION pg_trgm IS 'text similarity measurement; a ; inside';

CREATE FUNCTION public.touch_updated_at() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.updated_at := now(); -- a semicolon; and a 'quote
    RETURN NEW;
END;
$$;

ALTER FUNCTION public.touch_updated_at() OWNER TO shop;

SET default_tablespace = '';

CREATE TABLE public.customers (
    id bigint NOT NULL,
    email character varying(255) NOT NULL,
    name text,
    balance numeric(12,2) DEFAULT 0 NOT NULL,
    status character varying(20) DEFAULT 'active'::character varying NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT customers_balance_check CHECK ((balance >= (0)::numeric))
);

ALTER TABLE public.customers OWNER TO shop;

COMMENT ON TABLE public.customers IS 'People who buy; one row per account';

COMMENT ON COLUMN public.customers.email IS 'Login and contact address';

CREATE SEQUENCE public.customers_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE public.customers_id_seq OWNED BY public.customers.id;

CREATE TABLE public.orders (
    id integer NOT NULL,
    customer_id bigint NOT NULL,
    placed_at timestamp without time zone NOT NULL,
    total numeric(12,2) NOT NULL,
    tags jsonb
);

CREATE TABLE public.order_lines (
    order_id integer NOT NULL,
    line_no integer NOT NULL,
    product_code character varying(40) NOT NULL,
    quantity integer DEFAULT 1 NOT NULL
);

CREATE TABLE public.shipments (
    id integer DEFAULT nextval('public.shipments_id_seq'::regclass) NOT NULL,
    order_id integer,
    line_no integer,
    shipped_on date
);

CREATE VIEW public.open_orders AS
 SELECT o.id,
    o.total
   FROM public.orders o
  WHERE (o.total > (0)::numeric);

ALTER TABLE ONLY public.orders ALTER COLUMN id SET DEFAULT nextval('public.orders_id_seq'::regclass);

COPY public.customers (id, email, name, balance, status, created_at, deleted_at) FROM stdin;
1	ann@example.com	Ann; the first	10.00	active	2024-01-01 00:00:00+00	\N
2	bob@example.com	Bob's	0.00	active	2024-01-02 00:00:00+00	\N
\.

SELECT pg_catalog.setval('public.customers_id_seq', 2, true);

ALTER TABLE ONLY public.customers
    ADD CONSTRAINT customers_pkey PRIMARY KEY (id);

ALTER TABLE ONLY public.customers
    ADD CONSTRAINT customers_email_key UNIQUE (email);

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (id);

ALTER TABLE ONLY public.order_lines
    ADD CONSTRAINT order_lines_pkey PRIMARY KEY (order_id, line_no);

ALTER TABLE ONLY public.shipments
    ADD CONSTRAINT shipments_pkey PRIMARY KEY (id);

CREATE INDEX idx_customers_live_email ON public.customers USING btree (email, created_at DESC) WHERE (deleted_at IS NULL);

CREATE INDEX idx_orders_tags ON public.orders USING gin (tags);

CREATE UNIQUE INDEX uq_shipments_order_line ON public.shipments USING btree (order_id, line_no);

CREATE TRIGGER customers_touch BEFORE UPDATE ON public.customers FOR EACH ROW EXECUTE FUNCTION public.touch_updated_at();

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers(id) ON DELETE CASCADE;

ALTER TABLE ONLY public.order_lines
    ADD CONSTRAINT order_lines_order_id_fkey FOREIGN KEY (order_id) REFERENCES public.orders(id) ON UPDATE CASCADE ON DELETE RESTRICT;

ALTER TABLE ONLY public.shipments
    ADD CONSTRAINT shipments_line_fkey FOREIGN KEY (order_id, line_no) REFERENCES public.order_lines(order_id, line_no) ON DELETE SET NULL;

GRANT SELECT ON TABLE public.customers TO reporting;
REVOKE ALL ON SCHEMA public FROM PUBLIC;

--
-- PostgreSQL database dump complete
--
