-- The starter self-assessment questions; coordinators may change their wording and options.
insert into journey_dimension (audience, code, name, position) values ('SUPPLIER', 'PURPOSE', 'Leadership and purpose', 1);
insert into journey_dimension (audience, code, name, position) values ('SUPPLIER', 'OFFER', 'Your social value offer', 2);
insert into journey_dimension (audience, code, name, position) values ('SUPPLIER', 'PEOPLE', 'Employment and skills', 3);
insert into journey_dimension (audience, code, name, position) values ('SUPPLIER', 'SUPPLY', 'Supply chain and local economy', 4);
insert into journey_dimension (audience, code, name, position) values ('SUPPLIER', 'PLANET', 'Environment', 5);
insert into journey_dimension (audience, code, name, position) values ('SUPPLIER', 'MEASURE', 'Measuring and reporting', 6);
with q as (insert into journey_question (audience, dimension, position, text)
    values ('SUPPLIER', 'PURPOSE', 1, 'Who in your organisation is responsible for social value?') returning id)
insert into journey_option (question_id, position, text, stage)
select q.id, o.position, o.text, o.stage from q, (values (1, 'Nobody in particular yet', 'STARTING'), (2, 'Someone looks after it alongside their main job', 'DEVELOPING'), (3, 'A named senior person leads it with a plan', 'ESTABLISHED'), (4, 'It is part of our board’s or owners’ regular business', 'LEADING')) as o(position, text, stage);
with q as (insert into journey_question (audience, dimension, position, text)
    values ('SUPPLIER', 'PURPOSE', 2, 'Do you have a written statement of the social and environmental difference you want to make?') returning id)
insert into journey_option (question_id, position, text, stage)
select q.id, o.position, o.text, o.stage from q, (values (1, 'No', 'STARTING'), (2, 'We have some ideas written down', 'DEVELOPING'), (3, 'Yes, a published policy or statement', 'ESTABLISHED'), (4, 'Yes, and it is built into how we are owned or governed', 'LEADING')) as o(position, text, stage);
with q as (insert into journey_question (audience, dimension, position, text)
    values ('SUPPLIER', 'OFFER', 3, 'When you bid for contracts, how do you describe your social value?') returning id)
insert into journey_option (question_id, position, text, stage)
select q.id, o.position, o.text, o.stage from q, (values (1, 'We do not usually mention it', 'STARTING'), (2, 'In general terms, such as “we support the community”', 'DEVELOPING'), (3, 'With specific, numbered commitments for each bid', 'ESTABLISHED'), (4, 'With commitments tailored to the buyer’s priorities and a track record to back them', 'LEADING')) as o(position, text, stage);
with q as (insert into journey_question (audience, dimension, position, text)
    values ('SUPPLIER', 'OFFER', 4, 'How do you decide what to offer?') returning id)
insert into journey_option (question_id, position, text, stage)
select q.id, o.position, o.text, o.stage from q, (values (1, 'We have not thought about it', 'STARTING'), (2, 'We offer what we already do', 'DEVELOPING'), (3, 'We ask what the buyer and the local area need', 'ESTABLISHED'), (4, 'We agree priorities with local partners and plan ahead of tenders', 'LEADING')) as o(position, text, stage);
with q as (insert into journey_question (audience, dimension, position, text)
    values ('SUPPLIER', 'OFFER', 5, 'Do you know the social value priorities of the buyers you work with?') returning id)
insert into journey_option (question_id, position, text, stage)
select q.id, o.position, o.text, o.stage from q, (values (1, 'No', 'STARTING'), (2, 'We have read them for some tenders', 'DEVELOPING'), (3, 'We know the priorities of our main buyers', 'ESTABLISHED'), (4, 'We help buyers shape their priorities', 'LEADING')) as o(position, text, stage);
with q as (insert into journey_question (audience, dimension, position, text)
    values ('SUPPLIER', 'PEOPLE', 6, 'What do you pay your lowest-paid staff?') returning id)
insert into journey_option (question_id, position, text, stage)
select q.id, o.position, o.text, o.stage from q, (values (1, 'The legal minimum', 'STARTING'), (2, 'A little above the legal minimum', 'DEVELOPING'), (3, 'The Real Living Wage for our own staff', 'ESTABLISHED'), (4, 'The Real Living Wage for our staff and our contractors, and we are accredited', 'LEADING')) as o(position, text, stage);
with q as (insert into journey_question (audience, dimension, position, text)
    values ('SUPPLIER', 'PEOPLE', 7, 'Do you create opportunities for people who find it hard to get work?') returning id)
insert into journey_option (question_id, position, text, stage)
select q.id, o.position, o.text, o.stage from q, (values (1, 'Not yet', 'STARTING'), (2, 'Now and then, when asked', 'DEVELOPING'), (3, 'We run placements, apprenticeships or supported jobs every year', 'ESTABLISHED'), (4, 'We work with local partners on a planned programme and track where people go next', 'LEADING')) as o(position, text, stage);
with q as (insert into journey_question (audience, dimension, position, text)
    values ('SUPPLIER', 'PEOPLE', 8, 'Where do you recruit from?') returning id)
insert into journey_option (question_id, position, text, stage)
select q.id, o.position, o.text, o.stage from q, (values (1, 'Wherever is easiest', 'STARTING'), (2, 'We sometimes advertise locally', 'DEVELOPING'), (3, 'We advertise locally first and track local hires', 'ESTABLISHED'), (4, 'We have targets for local and under-represented hires and meet them', 'LEADING')) as o(position, text, stage);
with q as (insert into journey_question (audience, dimension, position, text)
    values ('SUPPLIER', 'SUPPLY', 9, 'How much of your own spending goes to local small firms and social enterprises?') returning id)
insert into journey_option (question_id, position, text, stage)
select q.id, o.position, o.text, o.stage from q, (values (1, 'We do not know', 'STARTING'), (2, 'We could find out', 'DEVELOPING'), (3, 'We measure it', 'ESTABLISHED'), (4, 'We measure it, set targets and meet them', 'LEADING')) as o(position, text, stage);
with q as (insert into journey_question (audience, dimension, position, text)
    values ('SUPPLIER', 'SUPPLY', 10, 'How do you pay your own suppliers?') returning id)
insert into journey_option (question_id, position, text, stage)
select q.id, o.position, o.text, o.stage from q, (values (1, 'When we can', 'STARTING'), (2, 'Within 60 days', 'DEVELOPING'), (3, 'Within 30 days', 'ESTABLISHED'), (4, 'Small suppliers within 14 days, and we publish our record', 'LEADING')) as o(position, text, stage);
with q as (insert into journey_question (audience, dimension, position, text)
    values ('SUPPLIER', 'PLANET', 11, 'Do you know your carbon emissions?') returning id)
insert into journey_option (question_id, position, text, stage)
select q.id, o.position, o.text, o.stage from q, (values (1, 'No', 'STARTING'), (2, 'We have a rough idea', 'DEVELOPING'), (3, 'We measure scope 1 and 2 each year', 'ESTABLISHED'), (4, 'We measure scopes 1 to 3 and have a published plan to reach net zero', 'LEADING')) as o(position, text, stage);
with q as (insert into journey_question (audience, dimension, position, text)
    values ('SUPPLIER', 'PLANET', 12, 'How do you reduce waste and resource use?') returning id)
insert into journey_option (question_id, position, text, stage)
select q.id, o.position, o.text, o.stage from q, (values (1, 'We have not looked at it', 'STARTING'), (2, 'We recycle where it is easy', 'DEVELOPING'), (3, 'We have targets for waste and energy', 'ESTABLISHED'), (4, 'We design waste out and report progress publicly', 'LEADING')) as o(position, text, stage);
with q as (insert into journey_question (audience, dimension, position, text)
    values ('SUPPLIER', 'MEASURE', 13, 'How do you record the social value you deliver?') returning id)
insert into journey_option (question_id, position, text, stage)
select q.id, o.position, o.text, o.stage from q, (values (1, 'We do not', 'STARTING'), (2, 'We keep notes of what we did', 'DEVELOPING'), (3, 'We record numbers against each commitment', 'ESTABLISHED'), (4, 'We record numbers with evidence and check them against outcomes', 'LEADING')) as o(position, text, stage);
with q as (insert into journey_question (audience, dimension, position, text)
    values ('SUPPLIER', 'MEASURE', 14, 'How do you report to buyers?') returning id)
insert into journey_option (question_id, position, text, stage)
select q.id, o.position, o.text, o.stage from q, (values (1, 'Only if they chase us', 'STARTING'), (2, 'At the end of the contract', 'DEVELOPING'), (3, 'At agreed points during the contract', 'ESTABLISHED'), (4, 'Regularly, with evidence, and we publish a yearly summary', 'LEADING')) as o(position, text, stage);
insert into journey_dimension (audience, code, name, position) values ('BUYER', 'POLICY', 'Leadership and policy', 1);
insert into journey_dimension (audience, code, name, position) values ('BUYER', 'PROCUREMENT', 'Procurement practice', 2);
insert into journey_dimension (audience, code, name, position) values ('BUYER', 'MEASUREMENT', 'Measurement and verification', 3);
insert into journey_dimension (audience, code, name, position) values ('BUYER', 'SUPPLY', 'Supply chain and spend', 4);
insert into journey_dimension (audience, code, name, position) values ('BUYER', 'EMPLOYER', 'Employment', 5);
insert into journey_dimension (audience, code, name, position) values ('BUYER', 'PLANET', 'Environment', 6);
with q as (insert into journey_question (audience, dimension, position, text)
    values ('BUYER', 'POLICY', 1, 'Does your organisation have a social value policy?') returning id)
insert into journey_option (question_id, position, text, stage)
select q.id, o.position, o.text, o.stage from q, (values (1, 'No', 'STARTING'), (2, 'A draft or a general statement', 'DEVELOPING'), (3, 'An agreed policy with priorities', 'ESTABLISHED'), (4, 'An agreed policy with targets, reviewed each year with partners', 'LEADING')) as o(position, text, stage);
with q as (insert into journey_question (audience, dimension, position, text)
    values ('BUYER', 'POLICY', 2, 'Who owns social value at senior level?') returning id)
insert into journey_option (question_id, position, text, stage)
select q.id, o.position, o.text, o.stage from q, (values (1, 'Nobody in particular', 'STARTING'), (2, 'A manager, alongside other duties', 'DEVELOPING'), (3, 'A named director with a plan', 'ESTABLISHED'), (4, 'The board reviews progress and holds people to account', 'LEADING')) as o(position, text, stage);
with q as (insert into journey_question (audience, dimension, position, text)
    values ('BUYER', 'PROCUREMENT', 3, 'How is social value included in your tenders?') returning id)
insert into journey_option (question_id, position, text, stage)
select q.id, o.position, o.text, o.stage from q, (values (1, 'Rarely', 'STARTING'), (2, 'In some tenders, with general questions', 'DEVELOPING'), (3, 'In most tenders above a threshold, with a set weighting', 'ESTABLISHED'), (4, 'In every relevant tender, with questions shaped by what the area needs', 'LEADING')) as o(position, text, stage);
with q as (insert into journey_question (audience, dimension, position, text)
    values ('BUYER', 'PROCUREMENT', 4, 'How do you make contracts open to small and local suppliers?') returning id)
insert into journey_option (question_id, position, text, stage)
select q.id, o.position, o.text, o.stage from q, (values (1, 'We do not do anything special', 'STARTING'), (2, 'We sometimes advertise locally', 'DEVELOPING'), (3, 'We split contracts into lots and keep paperwork proportionate', 'ESTABLISHED'), (4, 'We publish a pipeline, hold market events and track who bids', 'LEADING')) as o(position, text, stage);
with q as (insert into journey_question (audience, dimension, position, text)
    values ('BUYER', 'PROCUREMENT', 5, 'Do you talk to the market before you tender?') returning id)
insert into journey_option (question_id, position, text, stage)
select q.id, o.position, o.text, o.stage from q, (values (1, 'No', 'STARTING'), (2, 'Sometimes, for large contracts', 'DEVELOPING'), (3, 'Yes, as a standard step', 'ESTABLISHED'), (4, 'Yes, and we co-design social value with suppliers and the community', 'LEADING')) as o(position, text, stage);
with q as (insert into journey_question (audience, dimension, position, text)
    values ('BUYER', 'MEASUREMENT', 6, 'How do you know whether promised social value is delivered?') returning id)
insert into journey_option (question_id, position, text, stage)
select q.id, o.position, o.text, o.stage from q, (values (1, 'We do not check', 'STARTING'), (2, 'We ask suppliers at the end', 'DEVELOPING'), (3, 'We manage commitments as contract terms with regular reports', 'ESTABLISHED'), (4, 'We verify evidence and act when delivery falls short', 'LEADING')) as o(position, text, stage);
with q as (insert into journey_question (audience, dimension, position, text)
    values ('BUYER', 'MEASUREMENT', 7, 'Do you use a shared set of measures?') returning id)
insert into journey_option (question_id, position, text, stage)
select q.id, o.position, o.text, o.stage from q, (values (1, 'No', 'STARTING'), (2, 'Each team uses its own', 'DEVELOPING'), (3, 'Yes, one framework across the organisation', 'ESTABLISHED'), (4, 'Yes, shared with partners across the area', 'LEADING')) as o(position, text, stage);
with q as (insert into journey_question (audience, dimension, position, text)
    values ('BUYER', 'SUPPLY', 8, 'Do you know how much you spend with local firms and social enterprises?') returning id)
insert into journey_option (question_id, position, text, stage)
select q.id, o.position, o.text, o.stage from q, (values (1, 'No', 'STARTING'), (2, 'We could find out', 'DEVELOPING'), (3, 'We analyse it each year', 'ESTABLISHED'), (4, 'We analyse it, set targets and publish progress', 'LEADING')) as o(position, text, stage);
with q as (insert into journey_question (audience, dimension, position, text)
    values ('BUYER', 'SUPPLY', 9, 'How quickly do you pay small suppliers?') returning id)
insert into journey_option (question_id, position, text, stage)
select q.id, o.position, o.text, o.stage from q, (values (1, 'We do not track it', 'STARTING'), (2, 'Within 30 days', 'DEVELOPING'), (3, 'Within 14 days', 'ESTABLISHED'), (4, 'Within 14 days, published, and we ask our main contractors to do the same', 'LEADING')) as o(position, text, stage);
with q as (insert into journey_question (audience, dimension, position, text)
    values ('BUYER', 'EMPLOYER', 10, 'Do you pay the Real Living Wage?') returning id)
insert into journey_option (question_id, position, text, stage)
select q.id, o.position, o.text, o.stage from q, (values (1, 'No', 'STARTING'), (2, 'To most of our own staff', 'DEVELOPING'), (3, 'To all our own staff', 'ESTABLISHED'), (4, 'To staff and contracted staff, and we are accredited', 'LEADING')) as o(position, text, stage);
with q as (insert into journey_question (audience, dimension, position, text)
    values ('BUYER', 'EMPLOYER', 11, 'Do you offer routes into work for local people?') returning id)
insert into journey_option (question_id, position, text, stage)
select q.id, o.position, o.text, o.stage from q, (values (1, 'No', 'STARTING'), (2, 'Occasionally', 'DEVELOPING'), (3, 'Every year, through apprenticeships or placements', 'ESTABLISHED'), (4, 'Through a planned programme with partners, tracked over time', 'LEADING')) as o(position, text, stage);
with q as (insert into journey_question (audience, dimension, position, text)
    values ('BUYER', 'PLANET', 12, 'Are environmental outcomes part of your buying decisions?') returning id)
insert into journey_option (question_id, position, text, stage)
select q.id, o.position, o.text, o.stage from q, (values (1, 'No', 'STARTING'), (2, 'Sometimes', 'DEVELOPING'), (3, 'Yes, in contracts with a significant impact', 'ESTABLISHED'), (4, 'Yes, with carbon reporting required of main suppliers', 'LEADING')) as o(position, text, stage);
