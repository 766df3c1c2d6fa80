import type { Database } from "../db/client.ts";
import type { Logger } from "../logger.ts";
import type { ChatStages } from "../services/chat/pipeline.ts";
import { createGuidanceResponder } from "./guidance-responder.ts";
import {
  BUNDLED_LIBRARY_DIR,
  BUNDLED_SYNONYMS_FILE,
  syncLibraryAtStart,
  today,
} from "./library.ts";
import { createSectionLookup } from "./library-sections.ts";
import { createPostgresRetriever } from "./postgres-retriever.ts";
import { loadSynonyms } from "./synonyms.ts";

/** Syncs the guidance library and builds the retrieve and respond stages over it. */
export async function createRetrievalStages(
  db: Database,
  config: { guidanceDir: string | undefined; synonymsFile: string | undefined },
  logger: Logger,
): Promise<Pick<ChatStages, "retrieve" | "respond">> {
  await syncLibraryAtStart(db, config.guidanceDir ?? BUNDLED_LIBRARY_DIR, logger);
  const retriever = createPostgresRetriever(db, {
    synonyms: loadSynonyms(config.synonymsFile ?? BUNDLED_SYNONYMS_FILE),
    today: () => today(),
  });
  return {
    retrieve: (query) => retriever.retrieve(query),
    respond: createGuidanceResponder({ sections: createSectionLookup(db) }),
  };
}
