/**
 * Actors: the knowledge base (states, international bodies, armed groups, communities, people with
 * dated roles, sector nouns and titles), recognition and composition of actor mentions, and
 * coreference within an article.
 */
package org.dyad.actor;
