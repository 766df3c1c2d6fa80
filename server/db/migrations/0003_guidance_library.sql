CREATE TABLE "guidance_chunks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version_id" uuid NOT NULL,
	"ordinal" integer NOT NULL,
	"section" text NOT NULL,
	"heading" text NOT NULL,
	"keywords" text NOT NULL,
	"body" text NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', coalesce("heading", '')), 'A') || setweight(to_tsvector('english', coalesce("section", '')), 'A') || setweight(to_tsvector('english', coalesce("keywords", '')), 'B') || setweight(to_tsvector('english', coalesce("body", '')), 'C')) STORED NOT NULL
);
--> statement-breakpoint
CREATE TABLE "guidance_documents" (
	"id" text PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "guidance_terms" (
	"term" text PRIMARY KEY NOT NULL,
	"documents" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "guidance_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"document_id" text NOT NULL,
	"version" integer NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"locale" text NOT NULL,
	"audience" text NOT NULL,
	"topics" text[] NOT NULL,
	"sources" jsonb NOT NULL,
	"reviewed_by" text NOT NULL,
	"reviewed_at" date NOT NULL,
	"review_due" date NOT NULL,
	"status" text NOT NULL,
	"age_months" integer[],
	"body" text NOT NULL,
	"content_hash" text NOT NULL,
	"source_path" text NOT NULL,
	"is_current" boolean DEFAULT false NOT NULL,
	"ingested_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "guidance_chunks" ADD CONSTRAINT "guidance_chunks_version_id_guidance_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."guidance_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guidance_versions" ADD CONSTRAINT "guidance_versions_document_id_guidance_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."guidance_documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "guidance_chunks_search_idx" ON "guidance_chunks" USING gin ("search");--> statement-breakpoint
CREATE INDEX "guidance_chunks_version_idx" ON "guidance_chunks" USING btree ("version_id","ordinal");--> statement-breakpoint
CREATE INDEX "guidance_terms_trgm_idx" ON "guidance_terms" USING gin ("term" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "guidance_versions_document_version_idx" ON "guidance_versions" USING btree ("document_id","version");--> statement-breakpoint
CREATE INDEX "guidance_versions_current_idx" ON "guidance_versions" USING btree ("is_current","status","review_due");