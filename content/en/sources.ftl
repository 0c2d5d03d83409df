# The sources behind the facts. `.short` is the chip shown next to a fact;
# the message value is the full name shown in source lists.

source-idf = Immune Deficiency Foundation, Patient & Family Handbook, 6th edition: Gene therapy
    .short = IDF handbook
source-mayo = Mayo Clinic Health Library: Gene therapy
    .short = Mayo Clinic
source-fda = U.S. Food and Drug Administration (CBER): What is gene therapy?
    .short = U.S. FDA
source-august = August Health Library: What is gene therapy?
    .short = August Health Library
source-dk-atmp = Danish public information on advanced therapies (ATMP): Gene therapy
    .short = Danish ATMP information
source-bch-casgevy = Boston Children's Hospital: CASGEVY treatment page
    .short = Boston Children's Hospital
source-my-scd-story = My SCD Story (patient information on sickle cell gene therapy)
    .short = My SCD Story
source-casgevy-label = CASGEVY U.S. prescribing label
    .short = CASGEVY label (U.S.)
source-casgevy-pi = CASGEVY prescribing information (results from clinical studies)
    .short = CASGEVY prescribing information
source-casgevy-smpc = CASGEVY summary of product characteristics (EU)
    .short = CASGEVY product summary (EU)
source-fda-ltfu = U.S. FDA guidance: Long-term follow-up after human gene therapy products (January 2020)
    .short = FDA follow-up guidance
source-kymriah-site = KYMRIAH patient website
    .short = KYMRIAH patient site
