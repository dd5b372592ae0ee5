"""The RDF vocabulary, defined once; it mirrors ontology/policykg.ttl."""
from rdflib import Namespace
from rdflib.namespace import DCTERMS, ORG, PROV, RDF, RDFS, SKOS, XSD

POL = Namespace("https://w3id.org/policykg/ontology#")
ID = Namespace("https://w3id.org/policykg/id/")
SCHEMA = Namespace("https://schema.org/")

PREFIXES = {
    "pol": POL, "id": ID, "skos": SKOS, "dcterms": DCTERMS, "org": ORG, "prov": PROV,
    "schema": SCHEMA, "rdf": RDF, "rdfs": RDFS, "xsd": XSD,
}
