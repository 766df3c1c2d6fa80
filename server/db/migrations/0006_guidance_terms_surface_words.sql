ALTER TABLE "guidance_terms" ADD COLUMN "stem" text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX "guidance_terms_stem_idx" ON "guidance_terms" USING btree ("stem");