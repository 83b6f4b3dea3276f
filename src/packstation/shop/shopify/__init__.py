"""The Shopify Admin GraphQL connector (work in progress: documents and throttling so far)."""
